/// The discrete Gaussian distribution on ℤ with rational variance parameter σ²:
/// P(X = x) ∝ exp(−x²/(2σ²)).
///
/// Sampled exactly with Algorithm 3 of Canonne, Kamath and Steinke (2020): a discrete Laplace
/// proposal of scale ⌊σ⌋ + 1 accepted with probability exp(−(|y| − σ²/t)²/(2σ²)), all in
/// integers. Adding it to a statistic of sensitivity Δ gives ρ-zCDP with σ² = Δ²/(2ρ).
///
/// Supported range: σ² = n/d in lowest terms with n ≤ 2³¹, d·t ≤ 2³¹ and 2·n·d·t² < 2⁶³ where
/// t = ⌊σ⌋ + 1, checked at construction (σ² = 10⁴ and σ² = 1/1000 are both well inside).
/// The acceptance exponent is computed in 128-bit width; a proposal so large that |y|·d·t
/// exceeds 2⁶³ needs |y| > 2³² ≥ 2¹⁶·t (probability below exp(−2¹⁶)) and is rejected, the
/// only departure from exactness.
public struct DiscreteGaussian: Sendable, Hashable {
  /// The variance parameter σ² (the variance itself is slightly smaller).
  public let sigmaSquared: Rational
  /// t = ⌊σ⌋ + 1, the scale of the Laplace proposal.
  let proposalScale: UInt64
  /// The proposal distribution.
  private let proposal: DiscreteLaplace
  /// 2·n·d·t², the denominator of the acceptance exponent.
  private let exponentDenominator: UInt64

  /// A discrete Gaussian with variance parameter σ²; throws outside the supported range.
  public init(sigmaSquared: Rational) throws(PrivacyParameterError) {
    guard sigmaSquared.isPositive else {
      throw .notPositive(parameter: "gaussian sigma^2", value: sigmaSquared)
    }
    let n = UInt64(sigmaSquared.numerator)
    let d = UInt64(sigmaSquared.denominator)
    let t = Self.integerSquareRoot(n / d) + 1
    let (nd, o1) = n.multipliedReportingOverflow(by: d)
    let (ndt, o2) = nd.multipliedReportingOverflow(by: t)
    let (ndtt, o3) = ndt.multipliedReportingOverflow(by: t)
    guard n <= 1 << 31, !o1, !o2, !o3, d * t <= 1 << 31, ndtt < 1 << 62 else {
      throw .outOfSupportedRange(
        parameter: "gaussian sigma^2", value: sigmaSquared,
        limit: "n at most 2^31, d*t at most 2^31, 2*n*d*t^2 below 2^63")
    }
    self.sigmaSquared = sigmaSquared
    self.proposalScale = t
    self.proposal = try DiscreteLaplace(scale: Rational(uncheckedNumerator: Int(t), denominator: 1))
    self.exponentDenominator = 2 * ndtt
  }

  /// One sample drawn from libsodium's CSPRNG.
  public func sample() -> Int {
    var random = SecureRandomBits()
    return sample(using: &random)
  }

  /// One sample drawn from `random`.
  public func sample<R: RandomBits>(using random: inout R) -> Int {
    let n = sigmaSquared.numerator
    let dt = sigmaSquared.denominator * Int(proposalScale)
    while true {
      let candidate = proposal.sample(using: &random)
      // (|y| − σ²/t)² / (2σ²) = (|y|·d·t − n)² / (2·n·d·t²)
      let (scaled, overflowed) = candidate.magnitude.multipliedReportingOverflow(by: UInt(dt))
      guard !overflowed, scaled <= UInt(Int.max) else { continue }
      let gap = (Int(scaled) - n).magnitude
      let square = gap.multipliedFullWidth(by: gap)
      let (highWhole, highRest) = UInt64(square.high).quotientAndRemainder(
        dividingBy: exponentDenominator)
      let (lowWhole, fraction) = exponentDenominator.dividingFullWidth(
        (highRest, UInt64(square.low)))
      if BernoulliExp.sample(
        wholeHigh: highWhole, wholeLow: lowWhole, fraction: fraction,
        denominator: exponentDenominator, using: &random)
      {
        return candidate
      }
    }
  }

  /// ⌊√value⌋, exactly, by Newton's method on integers.
  static func integerSquareRoot(_ value: UInt64) -> UInt64 {
    guard value > 1 else { return value }
    var x = value
    var y = (x + 1) / 2
    while y < x {
      x = y
      y = (x + value / x) / 2
    }
    return x
  }
}
