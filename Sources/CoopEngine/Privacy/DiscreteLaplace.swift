/// The discrete Laplace distribution on ℤ with rational scale τ: P(X = x) ∝ exp(−|x|/τ).
///
/// Sampled exactly with Algorithm 2 of Canonne, Kamath and Steinke (2020) from uniform words
/// only. Adding it to an integer statistic of sensitivity Δ with τ = Δ/ε gives ε-DP.
///
/// Supported range: τ = t/s in lowest terms with 1 ≤ s, t ≤ 2³² (so 2⁻³² ≤ τ ≤ 2³²), checked at
/// construction. With these bounds the only arithmetic that could overflow, `u + t·v` below,
/// needs v ≥ 2³¹ consecutive successes of Bernoulli(exp(−1)), an event of probability below
/// exp(−2³¹); the sampler then restarts, which is the only departure from exactness.
public struct DiscreteLaplace: Sendable, Hashable {
  /// The largest numerator or denominator of a supported scale.
  public static let parameterLimit: UInt64 = 1 << 32

  /// The scale τ.
  public let scale: Rational
  /// The numerator t of τ = t/s.
  private let top: UInt64
  /// The denominator s of τ = t/s.
  private let bottom: UInt64

  /// A discrete Laplace of scale τ; throws unless 2⁻³² ≤ τ ≤ 2³² in the sense above.
  public init(scale: Rational) throws(PrivacyParameterError) {
    guard scale.isPositive else { throw .notPositive(parameter: "laplace scale", value: scale) }
    let top = UInt64(scale.numerator)
    let bottom = UInt64(scale.denominator)
    guard top <= Self.parameterLimit, bottom <= Self.parameterLimit else {
      throw .outOfSupportedRange(
        parameter: "laplace scale", value: scale,
        limit: "numerator and denominator at most 2^32")
    }
    self.scale = scale
    self.top = top
    self.bottom = bottom
  }

  /// One sample drawn from libsodium's CSPRNG.
  public func sample() -> Int {
    var random = SecureRandomBits()
    return sample(using: &random)
  }

  /// One sample drawn from `random`.
  public func sample<R: RandomBits>(using random: inout R) -> Int {
    while true {
      // X = U + t·V is geometric with parameter 1 − exp(−1/t), assembled from a uniform
      // remainder accepted with probability exp(−U/t) and a geometric count of whole t's.
      let remainder = random.uniform(below: top)
      guard BernoulliExp.atMostOne(numerator: remainder, denominator: top, using: &random)
      else { continue }
      var wholes: UInt64 = 0
      while BernoulliExp.minusOne(using: &random) { wholes += 1 }
      let (product, overflowed) = top.multipliedReportingOverflow(by: wholes)
      let (geometric, carried) = remainder.addingReportingOverflow(product)
      guard !overflowed, !carried else { continue }
      // Y = ⌊X/s⌋ is geometric with parameter 1 − exp(−s/t); a random sign, rejecting −0.
      let magnitude = geometric / bottom
      guard magnitude <= UInt64(Int.max) else { continue }
      let negative = random.coin()
      if negative && magnitude == 0 { continue }
      return negative ? -Int(magnitude) : Int(magnitude)
    }
  }
}
