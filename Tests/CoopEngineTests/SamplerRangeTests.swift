import CoopEngine
import Testing

@Suite("Samplers at the edges of their supported range")
struct SamplerRangeTests {
  @Test("laplace at scale 2^32 has mean magnitude about 2^32")
  func hugeLaplace() throws {
    let laplace = try DiscreteLaplace(scale: Rational(1 << 32))
    var random = SplitMixBits(seed: 11)
    let draws = 20_000
    let total = (0..<draws).reduce(0.0) { sum, _ in
      sum + Double(laplace.sample(using: &random).magnitude)
    }
    let scale = Double(1 << 32)
    #expect(abs(total / Double(draws) / scale - 1) < 0.05)
  }

  @Test("laplace at scale 2^-32 is zero")
  func tinyLaplace() throws {
    let laplace = try DiscreteLaplace(scale: Rational(1, 1 << 32))
    var random = SplitMixBits(seed: 12)
    #expect((0..<10_000).allSatisfy { _ in laplace.sample(using: &random) == 0 })
  }

  @Test("gaussian at sigma^2 = 2^30 has its variance (128-bit acceptance path)")
  func hugeGaussian() throws {
    let gaussian = try DiscreteGaussian(sigmaSquared: Rational(1 << 30))
    var random = SplitMixBits(seed: 13)
    let draws = 20_000
    var sum = 0.0
    var squares = 0.0
    for _ in 0..<draws {
      let x = Double(gaussian.sample(using: &random))
      sum += x
      squares += x * x
    }
    let variance = squares / Double(draws) - (sum / Double(draws)) * (sum / Double(draws))
    #expect(abs(variance / Double(1 << 30) - 1) < 0.06)
  }

  @Test("gaussian at sigma^2 = 1/1000 is almost always zero")
  func tinyGaussian() throws {
    let gaussian = try DiscreteGaussian(sigmaSquared: Rational(1, 1000))
    var random = SplitMixBits(seed: 14)
    let nonzero = (0..<10_000).filter { _ in gaussian.sample(using: &random) != 0 }.count
    #expect(nonzero == 0)  // P(X ≠ 0) ≈ 2·exp(−500)
  }

  @Test("the convenience samplers draw from libsodium")
  func convenience() throws {
    let laplace = try DiscreteLaplace(scale: Rational(5))
    let gaussian = try DiscreteGaussian(sigmaSquared: Rational(25))
    #expect(Set((0..<200).map { _ in laplace.sample() }).count > 10)
    #expect(Set((0..<200).map { _ in gaussian.sample() }).count > 10)
  }
}
