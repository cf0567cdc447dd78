/// Integer-valued noise added to a released statistic: a sampler plus what a reader needs to
/// judge its accuracy.
public protocol IntegerNoise: Sendable {
  /// One sample drawn from `random`.
  func sample<R: RandomBits>(using random: inout R) -> Int
  /// The probability mass at `value`, in floating point: for display and tests only.
  func probability(of value: Int) -> Double
  /// The smallest w ≥ 0 with P(|X| ≤ w) ≥ `coverage` (display only: uses floating point).
  func halfWidth(coverage: Double) -> Int
  /// The distribution and its parameter, in integer units.
  var parameter: NoiseParameter { get }
}

extension IntegerNoise {
  /// The half-width of the 95% interval of the noise.
  public var halfWidth95: Int { halfWidth(coverage: 0.95) }
}
