/// Why a run was refused or aborted. A bound exceeded means the checker's static bounds were
/// wrong for this data: it is logged as a checker bug.
public enum ExecutionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The store cannot be opened read-only.
  case cannotOpen(path: String, reason: String)
  /// The store was not made for the script's schema.
  case wrongStore(String)
  /// The compiled query touched something the sandbox forbids.
  case denied(String)
  /// A sandbox bound was passed: which, and its value.
  case boundExceeded(bound: String, limit: String)
  /// A parameter is missing, of the wrong type or outside its bounds.
  case badParameter(String)
  /// SQLite failed.
  case database(String)
  /// The noise could not be drawn (parameters outside the samplers' range).
  case noise(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open store '\(path)' read-only: \(reason)"
    case .wrongStore(let why): "the store does not fit the script: \(why)"
    case .denied(let what): "the sandbox refused: \(what)"
    case .boundExceeded(let bound, let limit):
      "run aborted: \(bound) passed its limit of \(limit) (the static bounds are wrong: a checker bug)"
    case .badParameter(let why): "bad parameter: \(why)"
    case .database(let why): "database error: \(why)"
    case .noise(let why): "cannot draw noise: \(why)"
    }
  }
}
