/// Why a rational number could not be formed or computed.
public enum RationalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A fraction with a zero denominator.
  case zeroDenominator
  /// The exact result does not fit in 64-bit integers.
  case overflow
  /// Text that is not a decimal (`0.25`) or a fraction (`1/3`).
  case malformed(String)

  /// A one-line, lowercase message.
  public var description: String {
    switch self {
    case .zeroDenominator: "division by zero in a rational number"
    case .overflow: "rational number out of the supported 64-bit range"
    case .malformed(let text): "'\(text)' is not a decimal number or a fraction"
    }
  }
}
