/// Why a run was refused or aborted. None of these messages carries a number that depends on
/// the data; at an edge, any of them after the budget debit leaves as one constant refusal.
public enum ExecutionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The store cannot be opened read-only.
  case cannotOpen(path: String, reason: String)
  /// The store was not made for the script's schema.
  case wrongStore(String)
  /// The statement touched something the sandbox forbids.
  case denied(String)
  /// A safety net was reached: which one.
  case boundExceeded(String)
  /// A parameter is missing, of the wrong type or outside its bounds.
  case badParameter(String)
  /// The checked script holds an expression the interpreter cannot run (a checker bug).
  case notExecutable(String)
  /// SQLite failed.
  case database(String)
  /// The noise could not be drawn (parameters outside the samplers' range).
  case noise(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open store '\(path)' read-only: \(reason)"
    case .wrongStore(let why): "the store does not fit the script: \(why)"
    case .denied(let what): "the sandbox refused: \(what)"
    case .boundExceeded(let what): "run aborted: the \(what) safety net was reached"
    case .badParameter(let why): "bad parameter: \(why)"
    case .notExecutable(let why): "the script cannot run here: \(why) (a checker bug)"
    case .database(let why): "database error: \(why)"
    case .noise(let why): "cannot draw noise: \(why)"
    }
  }
}
