/// A value of the TOML subset board files use: basic strings and decimal integers.
enum TOMLValue: Equatable {
  case string(String)
  case integer(Int)

  /// The value's TOML spelling.
  var encoded: String {
    switch self {
    case .integer(let value): return String(value)
    case .string(let value): return QuotedString.quote(value)
    }
  }
}
