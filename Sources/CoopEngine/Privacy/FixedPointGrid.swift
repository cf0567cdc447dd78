/// Clamping bounds and a decimal grid that turn a non-integer value into integer units, so that
/// a sum has an integer sensitivity and integer noise.
///
/// A value is clamped to `[lower, upper]` and rounded to the nearest multiple of 10^−decimals;
/// one privacy unit then moves a sum by at most `maximumUnits` units per row.
public struct FixedPointGrid: Sendable, Hashable {
  /// The number of fractional digits kept (0...9).
  public let decimals: Int
  /// The lowest value, in grid units (⌈lower·10^decimals⌉).
  public let lowerUnits: Int
  /// The highest value, in grid units (⌊upper·10^decimals⌋).
  public let upperUnits: Int

  /// A grid of `decimals` fractional digits clamping to `[lower, upper]`.
  public init(decimals: Int, lower: Rational, upper: Rational) throws(PrivacyParameterError) {
    guard (0...9).contains(decimals) else {
      throw .outOfSupportedRange(
        parameter: "grid decimals", value: Rational(uncheckedNumerator: decimals, denominator: 1),
        limit: "0...9")
    }
    let steps = FixedPointGrid.power(decimals)
    do {
      let low = try lower.multiplied(by: Rational(steps))
      let high = try upper.multiplied(by: Rational(steps))
      lowerUnits = -(try Rational(-low.numerator, low.denominator).floor)
      upperUnits = high.floor
    } catch { throw .arithmeticOverflow("the grid bounds") }
    guard lowerUnits <= upperUnits, lowerUnits > Int.min / 2, upperUnits < Int.max / 2 else {
      throw .arithmeticOverflow("the grid bounds")
    }
    self.decimals = decimals
  }

  /// One grid step, 10^−decimals.
  public var resolution: Rational {
    Rational(uncheckedNumerator: 1, denominator: FixedPointGrid.power(decimals))
  }

  /// The largest distance one row can move a sum: max(|lower|, |upper|) in units.
  public var maximumUnits: Int { max(lowerUnits.magnitude, upperUnits.magnitude).clampedToInt }

  /// `value` clamped and rounded to the nearest grid point, in units (ties round up).
  public func units(of value: Rational) -> Int {
    let steps = Rational(uncheckedNumerator: FixedPointGrid.power(decimals), denominator: 1)
    guard let scaled = try? value.multiplied(by: steps).adding(Rational(1, 2)) else {
      return value.isPositive ? upperUnits : lowerUnits
    }
    return min(max(scaled.floor, lowerUnits), upperUnits)
  }

  /// `value` clamped and rounded to the nearest grid point; NaN counts as zero.
  public func units(of value: Double) -> Int {
    guard !value.isNaN else { return min(max(0, lowerUnits), upperUnits) }
    let scaled = (value * Double(FixedPointGrid.power(decimals))).rounded(.toNearestOrAwayFromZero)
    if scaled <= Double(lowerUnits) { return lowerUnits }
    if scaled >= Double(upperUnits) { return upperUnits }
    return Int(scaled)
  }

  private static func power(_ decimals: Int) -> Int {
    (0..<decimals).reduce(1) { product, _ in product * 10 }
  }
}

extension UInt {
  /// The value as an `Int`, saturating at `Int.max`.
  fileprivate var clampedToInt: Int { self > UInt(Int.max) ? Int.max : Int(self) }
}
