import CoopEngine

/// A released or derived number with its 95% half-width: the truth lies in `value ± halfWidth`.
///
/// Derived estimates take the extreme ends of their inputs' intervals (interval arithmetic), so
/// their half-width is conservative: never narrower than the uncertainty it carries.
public struct Estimate: Sendable, Hashable {
  /// The best estimate.
  public var value: Double
  /// The 95% half-width (≥ 0).
  public var halfWidth: Double

  /// An estimate; a negative half-width counts as 0.
  public init(value: Double, halfWidth: Double) {
    self.value = value
    self.halfWidth = max(0, halfWidth)
  }

  /// A released noisy number.
  public init(_ number: NoisyNumber) {
    let scale = Self.gridScale(number.decimals)
    self.init(value: Double(number.units) / scale, halfWidth: Double(number.halfWidth95) / scale)
  }

  /// The lower end of the interval, not below `floor`.
  public func lower(floor: Double = 0) -> Double { max(floor, value - halfWidth) }
  /// The upper end of the interval.
  public var upper: Double { value + halfWidth }

  /// 10^decimals for a grid, with out-of-range digit counts pinned to 0…18.
  private static func gridScale(_ decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<min(max(decimals, 0), 18) { scale *= 10 }
    return scale
  }
}
