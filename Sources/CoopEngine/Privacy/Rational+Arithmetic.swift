/// Checked arithmetic: every operation either returns the exact result or throws `.overflow`.
extension Rational {
  /// The exact sum.
  public func adding(_ other: Rational) throws(RationalError) -> Rational {
    let left = try Rational.checked(numerator.multipliedReportingOverflow(by: other.denominator))
    let right = try Rational.checked(other.numerator.multipliedReportingOverflow(by: denominator))
    let top = try Rational.checked(left.addingReportingOverflow(right))
    let bottom = try Rational.checked(
      denominator.multipliedReportingOverflow(by: other.denominator))
    return try Rational(top, bottom)
  }

  /// The exact difference.
  public func subtracting(_ other: Rational) throws(RationalError) -> Rational {
    guard other.numerator != .min else { throw .overflow }
    return try adding(Rational(-other.numerator, other.denominator))
  }

  /// The exact product, cross-reducing first so that moderate operands never overflow.
  public func multiplied(by other: Rational) throws(RationalError) -> Rational {
    let g1 = Int(Rational.gcd(numerator.magnitude, other.denominator.magnitude))
    let g2 = Int(Rational.gcd(other.numerator.magnitude, denominator.magnitude))
    let top = try Rational.checked(
      (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2))
    let bottom = try Rational.checked(
      (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1))
    return try Rational(top, bottom)
  }

  /// The exact quotient; throws `.zeroDenominator` when dividing by zero.
  public func divided(by other: Rational) throws(RationalError) -> Rational {
    guard other.numerator != 0 else { throw .zeroDenominator }
    return try multiplied(by: Rational(other.denominator, other.numerator))
  }

  /// The largest integer not above the value.
  public var floor: Int {
    let quotient = numerator / denominator
    return numerator % denominator < 0 ? quotient - 1 : quotient
  }

  /// Unwraps a `…ReportingOverflow` result.
  private static func checked(_ result: (partialValue: Int, overflow: Bool)) throws(RationalError)
    -> Int
  {
    guard !result.overflow else { throw .overflow }
    return result.partialValue
  }
}
