import CoopEngine
import Testing

@Suite("Discrete Gaussian sampler")
struct DiscreteGaussianTests {
  @Test("matches the exact pmf on 10^6 samples", arguments: ["1", "25", "10000", "1/3"])
  func goodnessOfFit(sigmaSquared: String) throws {
    let gaussian = try DiscreteGaussian(sigmaSquared: Rational(parsing: sigmaSquared))
    let radius = 20 * gaussian.halfWidth95 + 64
    let pmf = gaussian.probabilities(in: -radius...radius)
    checkSampler(gaussian, variance: gaussian.variance, seed: 0x6a55 &+ UInt64(sigmaSquared.count))
    {
      abs($0) <= radius ? pmf[$0 + radius] : 0
    }
  }

  @Test("half-width is about 1.96 sigma for large sigma")
  func halfWidth() throws {
    #expect(try DiscreteGaussian(sigmaSquared: Rational(10_000)).halfWidth95 == 196)
    #expect(try DiscreteGaussian(sigmaSquared: Rational(1, 1000)).halfWidth95 == 0)
  }

  @Test("rejects variances outside the supported range")
  func parameterRange() throws {
    #expect(throws: PrivacyParameterError.self) { try DiscreteGaussian(sigmaSquared: .zero) }
    #expect(throws: PrivacyParameterError.self) {
      try DiscreteGaussian(sigmaSquared: Rational(1 << 40))
    }
    #expect(throws: PrivacyParameterError.self) {
      try DiscreteGaussian(sigmaSquared: Rational(1, 1 << 40))
    }
    _ = try DiscreteGaussian(sigmaSquared: Rational(1 << 30))
  }
}
