extension Estimate {
  /// The mean `sum / count` and its half-width `(w_sum + |mean|·w_count) / (count − w_count)`,
  /// the engine's first-order propagation (`ReleaseTableRendering`): the mean is clamped to the
  /// value's `bounds` and its half-width capped at their span.
  static func mean(sum: Estimate, count: Estimate, bounds: ClosedRange<Double>) -> Estimate {
    let span = bounds.upperBound - bounds.lowerBound
    guard count.value > 0 else { return Estimate(value: bounds.lowerBound, halfWidth: span) }
    let mean = min(max(sum.value / count.value, bounds.lowerBound), bounds.upperBound)
    let denominator = count.value - count.halfWidth
    let width =
      denominator > 0 ? (sum.halfWidth + abs(mean) * count.halfWidth) / denominator : span
    return Estimate(value: mean, halfWidth: min(width, span))
  }

  /// `transform` applied to the estimate, for a non-decreasing `transform`: the interval's ends
  /// map to the result's ends (the lower end not below 0), and the half-width is the larger side.
  func mapped(_ transform: (Double) -> Double) -> Estimate {
    Self.enclosing(
      value: transform(value), lower: transform(lower()), upper: transform(upper))
  }

  /// The product of two non-negative estimates, with the interval of the products of their ends;
  /// `other`'s upper end is cut at `otherMaximum` when its truth cannot exceed it (a clamped mean).
  func times(_ other: Estimate, otherMaximum: Double = .infinity) -> Estimate {
    Self.enclosing(
      value: value * other.value, lower: lower() * other.lower(),
      upper: upper * min(other.upper, max(otherMaximum, other.value)))
  }

  /// The estimate scaled by an exact factor `factor ≥ 0`.
  func scaled(by factor: Double) -> Estimate {
    Estimate(value: value * factor, halfWidth: halfWidth * factor)
  }

  /// The sum of estimates from different cells. Their noises are independent and each
  /// federated total is near-normal (a sum of one discrete Laplace per company), so the 95%
  /// half-widths combine as the root of the sum of their squares.
  static func total(_ estimates: some Sequence<Estimate>) -> Estimate {
    var value = 0.0
    var squares = 0.0
    for e in estimates {
      value += e.value
      squares += e.halfWidth * e.halfWidth
    }
    return Estimate(value: value, halfWidth: squares.squareRoot())
  }

  /// A symmetric estimate around `value` wide enough to hold `lower…upper`.
  private static func enclosing(value: Double, lower: Double, upper: Double) -> Estimate {
    Estimate(value: value, halfWidth: max(value - lower, upper - value))
  }
}
