/// Why an edge configuration file was refused.
public enum EdgeConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file does not parse.
  case malformed(source: String, line: Int, message: String)
  /// A required key is missing.
  case missing(source: String, key: String)
  /// A key has a value of the wrong kind or out of range.
  case invalid(source: String, key: String, message: String)

  /// `edge.toml:3: message`.
  public var description: String {
    switch self {
    case .malformed(let source, let line, let message): "\(source):\(line): \(message)"
    case .missing(let source, let key): "\(source): '\(key)' is required"
    case .invalid(let source, let key, let message): "\(source): '\(key)' \(message)"
    }
  }
}
