extension Estimate {
  /// The mean `sum / count` and its half-width `(w_sum + |mean|·w_count) / (count − w_count)`,
  /// the engine's first-order propagation, clamped to `0…maximum` and capped at `maximum`.
  static func mean(sum: Estimate, count: Estimate, maximum: Double) -> Estimate {
    guard count.value > 0 else { return Estimate(value: 0, halfWidth: maximum) }
    let mean = min(max(sum.value / count.value, 0), maximum)
    let denominator = count.value - count.halfWidth
    let width =
      denominator > 0 ? (sum.halfWidth + abs(mean) * count.halfWidth) / denominator : maximum
    return Estimate(value: mean, halfWidth: min(width, maximum))
  }

  /// `transform` applied to the estimate, for a non-decreasing `transform`: the interval's ends
  /// map to the result's ends (the lower end not below 0), and the half-width is the larger side.
  func mapped(_ transform: (Double) -> Double) -> Estimate {
    Self.enclosing(
      value: transform(value), lower: transform(lower()), upper: transform(upper))
  }

  /// The product of two non-negative estimates, with the interval of the products of their ends.
  func times(_ other: Estimate) -> Estimate {
    Self.enclosing(
      value: value * other.value, lower: lower() * other.lower(), upper: upper * other.upper)
  }

  /// The estimate scaled by an exact factor `factor ≥ 0`.
  func scaled(by factor: Double) -> Estimate {
    Estimate(value: value * factor, halfWidth: halfWidth * factor)
  }

  /// The sum of estimates; half-widths add, which is conservative for independent noises.
  static func total(_ estimates: some Sequence<Estimate>) -> Estimate {
    estimates.reduce(Estimate(value: 0, halfWidth: 0)) {
      Estimate(value: $0.value + $1.value, halfWidth: $0.halfWidth + $1.halfWidth)
    }
  }

  /// A symmetric estimate around `value` wide enough to hold `lower…upper`.
  private static func enclosing(value: Double, lower: Double, upper: Double) -> Estimate {
    Estimate(value: value, halfWidth: max(value - lower, upper - value))
  }
}
