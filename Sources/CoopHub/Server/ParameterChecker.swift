import Foundation

/// Checks a job's public parameters against its script's declarations (types, bounds, list
/// lengths, non-empty lists): the hub calls it when a job starts, so that invalid parameters are
/// refused with a 400 before any edge is asked, and on the parameters a combine step computes
/// for the next round. Edges check again before their budget debit: the hub's check spares the
/// analyst a job every edge would refuse, it is not what protects their budgets.
public protocol ParameterChecker: Sendable {
  /// Throws `ParameterCheckError.invalid` naming the parameter and why, or `.uncheckable` when
  /// the script does not check on the hub.
  func check(script: String, parameters: Data) throws(ParameterCheckError)
}

/// Why a job's parameters were not accepted by the hub.
public enum ParameterCheckError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The parameters do not fit the script's declarations: which one, and why.
  case invalid(String)
  /// The hub cannot check the script (e.g. its schema is not in the hub's `--schemas`).
  case uncheckable(String)

  /// The reason, in one line.
  public var description: String {
    switch self {
    case .invalid(let why): why
    case .uncheckable(let why): "the hub cannot check the script's parameters: \(why)"
    }
  }
}
