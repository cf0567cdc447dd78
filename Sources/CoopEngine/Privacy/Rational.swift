/// An exact fraction `numerator / denominator` in lowest terms with a positive denominator.
///
/// Privacy parameters (ε, noise scales, σ²) are rationals so that nothing on the path from a
/// script's `epsilon 0.5` to the noise sampler goes through floating point.
public struct Rational: Sendable, Hashable {
  /// The numerator, carrying the sign.
  public let numerator: Int
  /// The denominator, always ≥ 1.
  public let denominator: Int

  /// The fraction `numerator / denominator`, reduced; throws when the denominator is zero.
  public init(_ numerator: Int, _ denominator: Int = 1) throws(RationalError) {
    guard denominator != 0 else { throw .zeroDenominator }
    guard numerator != .min, denominator != .min else { throw .overflow }
    let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
    let sign = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / Int(divisor)
    self.denominator = sign * denominator / Int(divisor)
  }

  /// Whether the value is strictly greater than zero.
  public var isPositive: Bool { numerator > 0 }

  /// The greatest common divisor (`gcd(0, 0) == 1`, so it is always a valid divisor).
  static func gcd(_ a: UInt, _ b: UInt) -> UInt {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : x
  }
}

extension Rational: Comparable {
  /// Compares exactly, by cross-multiplying in 128-bit width.
  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
    let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    return (left.high, left.low) < (right.high, right.low)
  }
}

extension Rational: CustomStringConvertible {
  /// `3/4`, or `2` when the denominator is one.
  public var description: String {
    denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
  }
}

extension Rational {
  /// Zero.
  public static let zero = Rational(uncheckedNumerator: 0, denominator: 1)
  /// One.
  public static let one = Rational(uncheckedNumerator: 1, denominator: 1)

  /// A fraction already known to be in lowest terms with a positive denominator.
  init(uncheckedNumerator: Int, denominator: Int) {
    self.numerator = uncheckedNumerator
    self.denominator = denominator
  }
}
