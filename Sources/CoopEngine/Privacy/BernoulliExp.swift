/// Exact Bernoulli(exp(−γ)) trials for rational γ ≥ 0: Algorithm 1 of Canonne, Kamath and
/// Steinke, "The Discrete Gaussian for Differential Privacy" (2020).
///
/// Only integer comparisons against uniform draws; no floating point.
enum BernoulliExp {
  /// `true` with probability exp(−numerator/denominator); `denominator` must be ≥ 1.
  static func sample<R: RandomBits>(
    numerator: UInt64, denominator: UInt64, using random: inout R
  ) -> Bool {
    let (whole, fraction) = numerator.quotientAndRemainder(dividingBy: denominator)
    return sample(
      wholeHigh: 0, wholeLow: whole, fraction: fraction, denominator: denominator,
      using: &random)
  }

  /// `true` with probability exp(−γ) where γ = wholeHigh·2⁶⁴ + wholeLow + fraction/denominator
  /// and `fraction < denominator`: one Bernoulli(exp(−1)) per unit of the integer part (stopping
  /// at the first failure), then one Bernoulli(exp(−fraction/denominator)).
  static func sample<R: RandomBits>(
    wholeHigh: UInt64, wholeLow: UInt64, fraction: UInt64, denominator: UInt64,
    using random: inout R
  ) -> Bool {
    var high = wholeHigh
    while high > 0 {
      for _ in 0..<UInt64.max where !minusOne(using: &random) { return false }
      if !minusOne(using: &random) { return false }
      high -= 1
    }
    for _ in 0..<wholeLow where !minusOne(using: &random) { return false }
    return atMostOne(numerator: fraction, denominator: denominator, using: &random)
  }

  /// Bernoulli(exp(−1)).
  static func minusOne<R: RandomBits>(using random: inout R) -> Bool {
    atMostOne(numerator: 1, denominator: 1, using: &random)
  }

  /// Bernoulli(exp(−γ)) for γ = numerator/denominator ∈ [0, 1]: draw Bernoulli(γ/k) for
  /// k = 1, 2, … until one fails; the answer is whether that k is odd.
  static func atMostOne<R: RandomBits>(
    numerator: UInt64, denominator: UInt64, using random: inout R
  ) -> Bool {
    var k: UInt64 = 1
    while random.bernoulli(numerator: numerator, denominator: denominator, divisor: k) {
      k += 1
    }
    return k & 1 == 1
  }
}
