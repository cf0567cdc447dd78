/// A value of the TOML subset Coop's files use (board files, edge configurations): basic
/// strings, canonical decimal integers, decimals kept as written (so `0.5` stays exact),
/// booleans, and one-line arrays of those.
public enum TOMLValue: Equatable, Sendable {
  /// A basic string.
  case string(String)
  /// A canonical decimal integer (no `+`, no leading zero).
  case integer(Int)
  /// A decimal with a fraction, as written (`0.5`, `-1.25`).
  case decimal(String)
  /// A boolean.
  case bool(Bool)
  /// A one-line array.
  case array([TOMLValue])

  /// The value's TOML spelling.
  public var encoded: String {
    switch self {
    case .integer(let value): return String(value)
    case .string(let value): return QuotedString.quote(value)
    case .decimal(let text): return text
    case .bool(let value): return value ? "true" : "false"
    case .array(let items): return "[" + items.map(\.encoded).joined(separator: ", ") + "]"
    }
  }
}
