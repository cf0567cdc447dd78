import Foundation

/// A conservative 95% half-width for a sum of independent, symmetric integer noises, from the
/// Chernoff bound P(|S| > w) ≤ 2·inf_{λ>0} exp(−λ(w+1) + Σ log Mᵢ(λ)).
///
/// Mᵢ is the discrete Laplace's moment generating function, exact, or the sub-Gaussian bound
/// exp(λ²σ²/2) of the discrete Gaussian. The exponent is convex in λ, minimised by golden-section
/// search; w is found by bisection, since the bound decreases as w grows.
struct NoiseChernoffBound {
  /// The distinct terms and how many times each occurs (edges usually share one noise).
  let terms: [(term: NoiseTerm, count: Int)]

  /// The bound for the sum of `terms`.
  init(terms: [NoiseTerm]) {
    var counts: [NoiseTerm: Int] = [:]
    for term in terms { counts[term, default: 0] += 1 }
    self.terms = counts.map { ($0.key, $0.value) }
  }

  /// The smallest w whose bound on P(|S| > w) is at most 1 − coverage.
  func halfWidth(coverage: Double) -> Int {
    let target = log((1 - coverage) / 2)
    var high = 1
    while logTail(beyond: high) > target && high < Int.max / 4 { high *= 2 }
    var low = 0
    while low < high {
      let middle = low + (high - low) / 2
      if logTail(beyond: middle) <= target { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// log of inf_λ exp(−λ(w+1))·Π Mᵢ(λ), a bound on log P(S > w).
  func logTail(beyond width: Int) -> Double {
    let laplaceLimit = terms.compactMap { entry -> Double? in
      if case .laplace = entry.term { return 1 / entry.term.parameterValue }
      return nil
    }.min()
    let variance = terms.reduce(0.0) { total, entry in
      if case .gaussian = entry.term {
        return total + Double(entry.count) * entry.term.parameterValue
      }
      return total
    }
    let upper = laplaceLimit.map { $0 * (1 - 1e-12) } ?? (Double(width + 1) / variance)
    let exponent = { (lambda: Double) in
      -lambda * Double(width + 1)
        + terms.reduce(0.0) { $0 + Double($1.count) * Self.logMGF($1.term, lambda) }
    }
    var (a, b) = (0.0, upper)
    let ratio = (5.0.squareRoot() - 1) / 2
    for _ in 0..<200 {
      let c = b - ratio * (b - a)
      let d = a + ratio * (b - a)
      if exponent(c) < exponent(d) { b = d } else { a = c }
    }
    return min(0, exponent((a + b) / 2))
  }

  /// log E[e^(λX)] (discrete Laplace) or its sub-Gaussian bound (discrete Gaussian).
  static func logMGF(_ term: NoiseTerm, _ lambda: Double) -> Double {
    switch term {
    case .laplace:
      let q = exp(-1 / term.parameterValue)
      return 2 * log1p(-q) - log1p(-q * exp(lambda)) - log1p(-q * exp(-lambda))
    case .gaussian:
      return lambda * lambda * term.parameterValue / 2
    }
  }
}
