/// Why released tables could not be federated.
public enum FederationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A noise description is not `laplace:t` or `gaussian:s2` terms joined by `+`.
  case malformedNoise(String)
  /// The tables come from different algorithms, versions, rounds, keys or values.
  case incompatibleTables(String)
  /// A sum left the range of 64-bit integers.
  case overflow(String)

  /// A one-line, lowercase message.
  public var description: String {
    switch self {
    case .malformedNoise(let text): "malformed noise description '\(text)'"
    case .incompatibleTables(let what): "tables cannot be federated: \(what)"
    case .overflow(let what): "federated \(what) overflows 64-bit integers"
    }
  }
}
