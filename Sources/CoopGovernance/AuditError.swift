/// A log that does not verify, or cannot be appended to.
public enum AuditError: Error, Equatable, Sendable {
  /// The first broken entry: its line (from 1) and why.
  case broken(path: String, line: Int, reason: AuditBreak)
}

extension AuditError: CustomStringConvertible {
  /// `path:line: reason`.
  public var description: String {
    switch self {
    case .broken(let path, let line, let reason): return "\(path):\(line): \(reason)"
    }
  }
}
