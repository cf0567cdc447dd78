import CoopEngine
import Testing

@Suite("Discrete Laplace sampler")
struct DiscreteLaplaceTests {
  @Test("matches the exact pmf on 10^6 samples", arguments: ["1/2", "1", "10", "100", "7/3"])
  func goodnessOfFit(scale: String) throws {
    let laplace = try DiscreteLaplace(scale: Rational(parsing: scale))
    checkSampler(laplace, variance: laplace.variance, seed: 0x1a91_ace0 &+ UInt64(scale.count)) {
      laplace.probability(of: $0)
    }
  }

  @Test("fits the pmf with libsodium randomness too")
  func secureRandomness() throws {
    let laplace = try DiscreteLaplace(scale: Rational(3))
    var random = SecureRandomBits()
    var histogram = Histogram(radius: 200)
    for _ in 0..<100_000 { histogram.add(laplace.sample(using: &random)) }
    let fit = ChiSquare(histogram: histogram) { laplace.probability(of: $0) }
    #expect(fit.statistic < fit.criticalValue)
  }

  @Test("half-width matches the closed form", arguments: [(1, 2, 1), (1, 1, 3), (10, 1, 30)])
  func halfWidth(numerator: Int, denominator: Int, expected: Int) throws {
    let laplace = try DiscreteLaplace(scale: Rational(numerator, denominator))
    #expect(laplace.halfWidth95 == expected)
  }

  @Test("rejects scales outside the supported range")
  func parameterRange() throws {
    #expect(throws: PrivacyParameterError.self) { try DiscreteLaplace(scale: .zero) }
    #expect(throws: PrivacyParameterError.self) { try DiscreteLaplace(scale: Rational(-1)) }
    #expect(throws: PrivacyParameterError.self) {
      try DiscreteLaplace(scale: Rational(1 << 33, 3))
    }
    #expect(throws: PrivacyParameterError.self) {
      try DiscreteLaplace(scale: Rational(1, (1 << 32) + 1))
    }
    _ = try DiscreteLaplace(scale: Rational(1 << 32, (1 << 32) - 1))
  }
}
