import Foundation

/// A conservative 95% half-width for a sum of n identical discrete Laplace noises of scale t (the
/// usual federated total: every edge adds the same noise), tight where the Chernoff bound is not.
///
/// A geometric variable with P(X ≥ k) = e^(−k/t) is ⌊t·E⌋ with E ~ Exp(1), and a discrete
/// Laplace of scale t is the difference of two independent such variables. So the sum S of n
/// discrete Laplace noises is Σ (⌊tEᵢ⌋ − ⌊tE′ᵢ⌋), which differs from t·Z by less than n, where
/// Z = Σ (Eᵢ − E′ᵢ) is the sum of n standard continuous Laplace variables. Hence
/// P(|S| ≤ ⌈t·z⌉ + n) ≥ P(|Z| ≤ z), and Z's tail has a closed form (Kotz, Kozubowski and
/// Podgórski, *The Laplace Distribution and Generalizations*, 2001):
///
///     P(Z > z) = 1 / ((n−1)! 2ⁿ) · Σ_{j<n} aⱼ · Γ(n−j, z),
///     aⱼ = (n−1+j)! / (j! (n−1−j)! 2ʲ),   Γ(m, z) = (m−1)! e^(−z) Σ_{i<m} zⁱ/i!,
///
/// a sum of positive terms, evaluated in log space. The slack n is a few units against widths of
/// thousands to millions of grid units.
struct LaplaceSumBound {
  /// How many terms.
  let count: Int
  /// Their common scale t.
  let scale: Double

  /// The bound for `terms`, or `nil` unless they are all discrete Laplace noises of one scale.
  init?(terms: [NoiseTerm]) {
    guard case .laplace(let scale)? = terms.first, terms.allSatisfy({ $0 == .laplace(scale: scale) }) else {
      return nil
    }
    self.count = terms.count
    self.scale = Double(scale.numerator) / Double(scale.denominator)
  }

  /// The smallest w this bound proves: P(|S| ≤ w) ≥ `coverage`.
  func halfWidth(coverage: Double) -> Int {
    guard coverage < 1 else { return Int.max }
    // P(|Z| > z) = 2·P(Z > z) ≤ 1 − coverage, with a margin for rounding in the sums.
    let target = log((1 - coverage) / 2) - 1e-9
    var high = 1.0
    while Self.logUpperTail(count, high) > target { high *= 2 }
    var low = 0.0
    for _ in 0..<100 {
      let middle = (low + high) / 2
      if Self.logUpperTail(count, middle) <= target { high = middle } else { low = middle }
    }
    return Int((scale * high).rounded(.up)) + count
  }

  /// log P(Z > z) for z ≥ 0, Z the sum of n standard Laplace variables, in O(n): the series
  /// Σ_{i<m} zⁱ/i! of every Γ(m, z) is built once, each m adding one term to the last.
  static func logUpperTail(_ n: Int, _ z: Double) -> Double {
    let logTwo = log(2.0)
    let logZ = z > 0 ? log(z) : -Double.infinity
    // series[m] = log Σ_{i<m} zⁱ/i!, for m = 1…n (0⁰ = 1).
    var series = [Double](repeating: 0, count: n + 1)
    for m in stride(from: 2, through: n, by: 1) {
      series[m] = logAddExp(series[m - 1], Double(m - 1) * logZ - lgamma(Double(m)))
    }
    var terms: [Double] = []
    terms.reserveCapacity(n)
    for j in 0..<n {
      let m = n - j
      let logA = lgamma(Double(n + j)) - lgamma(Double(j + 1)) - lgamma(Double(m)) - Double(j) * logTwo
      // log Γ(m, z) = log((m−1)! e^(−z) Σ_{i<m} zⁱ/i!).
      terms.append(logA + lgamma(Double(m)) - z + series[m])
    }
    return logSumExp(terms) - lgamma(Double(n)) - Double(n) * logTwo
  }

  /// log(e^a + e^b), without overflow.
  static func logAddExp(_ a: Double, _ b: Double) -> Double {
    let top = max(a, b)
    guard top > -.infinity else { return -.infinity }
    return top + log(exp(a - top) + exp(b - top))
  }

  /// log Σ e^(xᵢ), without overflow.
  static func logSumExp(_ xs: [Double]) -> Double {
    guard let top = xs.max(), top > -.infinity else { return -.infinity }
    return top + log(xs.reduce(0) { $0 + exp($1 - top) })
  }
}
