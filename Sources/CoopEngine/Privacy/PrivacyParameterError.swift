/// A privacy parameter outside what the mechanisms support; raised when a mechanism is built,
/// never while sampling.
public enum PrivacyParameterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ε text that is not a decimal number.
  case malformedEpsilon(String)
  /// ε with more than six fractional digits, which the ledger cannot hold exactly.
  case epsilonTooFine(String)
  /// ε negative or above `Epsilon.maximum`.
  case epsilonOutOfRange(String)
  /// A release needs ε > 0.
  case epsilonNotPositive
  /// A noise scale or variance that is zero or negative.
  case notPositive(parameter: String, value: Rational)
  /// A parameter whose numerator or denominator exceeds the documented supported range.
  case outOfSupportedRange(parameter: String, value: Rational, limit: String)
  /// A sensitivity below one (sensitivities are whole rows or grid units).
  case sensitivityNotPositive(Int)
  /// Exact arithmetic on the parameters overflowed 64 bits.
  case arithmeticOverflow(String)

  /// A one-line, lowercase message.
  public var description: String {
    switch self {
    case .malformedEpsilon(let text): "epsilon '\(text)' is not a decimal number"
    case .epsilonTooFine(let text): "epsilon '\(text)' has more than 6 fractional digits"
    case .epsilonOutOfRange(let text): "epsilon \(text) is outside 0...\(Epsilon.maximum)"
    case .epsilonNotPositive: "a release needs epsilon > 0"
    case .notPositive(let parameter, let value): "\(parameter) must be > 0, have \(value)"
    case .outOfSupportedRange(let parameter, let value, let limit):
      "\(parameter) \(value) is outside the supported range: \(limit)"
    case .sensitivityNotPositive(let value): "sensitivity must be ≥ 1, have \(value)"
    case .arithmeticOverflow(let what): "exact arithmetic overflowed while computing \(what)"
    }
  }
}
