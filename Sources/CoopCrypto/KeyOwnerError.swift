/// A name or organisation that cannot be written on one line of a key or board file.
public enum KeyOwnerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The field holds control characters or surrounding spaces.
  case notOneLine(field: String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .notOneLine(let field):
      return "\(field) must be one line without control characters or surrounding spaces"
    }
  }
}
