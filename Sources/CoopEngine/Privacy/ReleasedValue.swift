/// A noisy value as it leaves the edge, with the accuracy a reader needs next to it.
public struct ReleasedValue: Sendable, Hashable {
  /// The noisy value in its natural units (people, km, degrees…).
  public let value: Rational
  /// The noise it carries and its parameter, in the same units.
  public let noise: NoiseParameter
  /// Half-width of the 95% interval of the noise, in the same units: the true value lies in
  /// `value ± halfWidth95` with probability ≥ 95% (for a derived value, see `mean(sum:count:)`).
  public let halfWidth95: Rational

  /// A value with its noise and accuracy.
  public init(value: Rational, noise: NoiseParameter, halfWidth95: Rational) {
    self.value = value
    self.noise = noise
    self.halfWidth95 = halfWidth95
  }
}

extension ReleasedValue {
  /// The mean noisy sum / noisy count, pure post-processing (no privacy cost), clamped to the
  /// range the summed values were clamped to; `nil` when the noisy count is not positive.
  ///
  /// Its half-width is the first-order propagation of both 95% intervals,
  /// (w_sum + |mean|·w_count) / (count − w_count), capped at the width of `range`; it plugs in
  /// the noisy values, so it is guidance for readers rather than a guaranteed coverage.
  public static func mean(
    sum: ReleasedValue, count: ReleasedValue, within range: ClosedRange<Rational>
  )
    -> ReleasedValue?
  {
    guard count.value.isPositive, let ratio = try? sum.value.divided(by: count.value),
      let span = try? range.upperBound.subtracting(range.lowerBound)
    else { return nil }
    let mean = min(max(ratio, range.lowerBound), range.upperBound)
    let magnitude = mean.isPositive ? mean : (try? Rational.zero.subtracting(mean)) ?? span
    let width = try? sum.halfWidth95.adding(magnitude.multiplied(by: count.halfWidth95))
      .divided(by: count.value.subtracting(count.halfWidth95))
    let bounded = width.flatMap { $0.isPositive && $0 < span ? $0 : nil }
    return ReleasedValue(value: mean, noise: .derived, halfWidth95: bounded ?? span)
  }
}
