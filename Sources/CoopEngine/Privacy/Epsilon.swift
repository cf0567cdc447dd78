/// An amount of privacy budget ε, held exactly as an integer number of millionths.
///
/// The ledger adds and compares these integers, so no rounding can ever let a run overspend.
/// Scripts and policies write ε as decimals with at most six fractional digits (`0.5`, `0.125`).
public struct Epsilon: Sendable, Hashable, Comparable {
  /// Millionths per unit of ε.
  public static let microsPerUnit: Int64 = 1_000_000
  /// The largest amount accepted: 10⁶ units of ε, far beyond any meaningful budget.
  public static let maximum = Epsilon(uncheckedMicros: 1_000_000 * microsPerUnit)
  /// No budget.
  public static let zero = Epsilon(uncheckedMicros: 0)

  /// The amount in millionths of ε.
  public let micros: Int64

  /// An amount of `micros` millionths; throws unless `0 ≤ micros ≤ maximum.micros`.
  public init(micros: Int64) throws(PrivacyParameterError) {
    guard (0...Epsilon.maximum.micros).contains(micros) else {
      throw .epsilonOutOfRange(String(micros) + "e-6")
    }
    self.micros = micros
  }

  /// Parses a decimal such as `0.5`; throws if it is negative, too large or finer than 10⁻⁶.
  public init(_ text: String) throws(PrivacyParameterError) {
    guard let value = try? Rational(parsing: text) else { throw .malformedEpsilon(text) }
    guard let micros = try? value.multiplied(by: Rational(Int(Epsilon.microsPerUnit))),
      micros.denominator == 1
    else { throw .epsilonTooFine(text) }
    guard (0...Int(Epsilon.maximum.micros)).contains(micros.numerator) else {
      throw .epsilonOutOfRange(text)
    }
    self.micros = Int64(micros.numerator)
  }

  private init(uncheckedMicros: Int64) { micros = uncheckedMicros }

  /// The exact value as a fraction.
  public var rational: Rational {
    // Cannot throw: the denominator is a positive constant.
    (try? Rational(Int(micros), Int(Epsilon.microsPerUnit))) ?? Rational.zero
  }

  /// Orders by amount.
  public static func < (lhs: Epsilon, rhs: Epsilon) -> Bool { lhs.micros < rhs.micros }
}

extension Epsilon: CustomStringConvertible {
  /// The shortest exact decimal: `0.5`, `2`, `0.000001`.
  public var description: String {
    let whole = micros / Epsilon.microsPerUnit
    var fraction = String(micros % Epsilon.microsPerUnit)
    guard fraction != "0" else { return "\(whole)" }
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(whole).\(fraction)"
  }
}
