/// A cell release called with inputs that do not match its plan.
public enum CellReleaseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The number of exact values differs from the number of planned statistics.
  case valueCountMismatch(expected: Int, have: Int)

  /// A one-line, lowercase message.
  public var description: String {
    switch self {
    case .valueCountMismatch(let expected, let have):
      "cell release expects \(expected) exact values, have \(have)"
    }
  }
}
