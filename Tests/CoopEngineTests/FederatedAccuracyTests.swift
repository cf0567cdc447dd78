import Foundation
import Testing

@testable import CoopEngine

/// The 95% half-width of a sum of independent noises: exact by convolution where affordable,
/// a conservative Chernoff bound otherwise.
@Suite struct FederatedAccuracyTests {
  static func laplace(_ scale: Int, _ denominator: Int = 1) throws -> NoiseTerm {
    .laplace(scale: try Rational(scale, denominator))
  }

  @Test(arguments: [(1, 2), (1, 1), (7, 3), (10, 1), (100, 1)])
  func oneLaplaceTermIsTheSamplersOwnHalfWidth(scale: Int, denominator: Int) throws {
    let rational = try Rational(scale, denominator)
    let result = FederatedAccuracy.halfWidth(of: [.laplace(scale: rational)])
    #expect(result.method == .convolution)
    #expect(result.width == (try DiscreteLaplace(scale: rational)).halfWidth95)
  }

  @Test func oneGaussianTermIsTheSamplersOwnHalfWidth() throws {
    let variance = try Rational(25)
    let result = FederatedAccuracy.halfWidth(of: [.gaussian(sigmaSquared: variance)])
    #expect(result.width == (try DiscreteGaussian(sigmaSquared: variance)).halfWidth95)
  }

  /// Two Laplace(2) and one Laplace(3): the convolution matches a brute-force triple sum.
  @Test func convolutionMatchesBruteForce() throws {
    let terms = [try Self.laplace(2), try Self.laplace(2), try Self.laplace(3)]
    let laws = try [
      DiscreteLaplace(scale: Rational(2)), DiscreteLaplace(scale: Rational(2)),
      DiscreteLaplace(scale: Rational(3)),
    ]
    let reach = 60  // the tails beyond weigh less than e^-20
    let pmfs = laws.map { law in (-reach...reach).map { law.probability(of: $0) } }
    var mass = [Double](repeating: 0, count: 6 * reach + 1)
    for a in 0...(2 * reach) {
      for b in 0...(2 * reach) {
        let ab = pmfs[0][a] * pmfs[1][b]
        for c in 0...(2 * reach) { mass[a + b + c] += ab * pmfs[2][c] }
      }
    }
    let center = 3 * reach
    var covered = mass[center]
    var width = 0
    while covered < 0.95 {
      width += 1
      covered += mass[center + width] + mass[center - width]
    }
    let result = FederatedAccuracy.halfWidth(of: terms)
    #expect(result.method == .convolution)
    #expect(result.width == width)
  }

  /// The bound is conservative (never narrower than the exact width) and not far from it.
  @Test(arguments: [1, 5, 20])
  func chernoffBoundIsConservative(edges: Int) throws {
    let terms = try Array(repeating: Self.laplace(2), count: edges) + [Self.laplace(5, 2)]
    let exact = try #require(NoiseConvolution(terms: terms, budget: .max)).halfWidth(coverage: 0.95)
    let bound = NoiseChernoffBound(terms: terms).halfWidth(coverage: 0.95)
    #expect(bound >= exact)
    #expect(Double(bound) <= 1.6 * Double(exact) + 2)
  }

  /// 200 edges with large sum scales: too costly to convolve, so a bound is used, quickly.
  @Test func manyLargeTermsFallBackToABound() throws {
    let terms = try Array(repeating: Self.laplace(100_000), count: 200)
    let started = Date()
    let result = FederatedAccuracy.halfWidth(of: terms)
    #expect(result.method == .laplaceSum)
    #expect(Date().timeIntervalSince(started) < 2)
    // At least the normal approximation's 1.96·√(200·2τ²) ≈ 3.92 million, and within 1 % of it
    // (the sum of 200 Laplace variables is very nearly normal).
    #expect(result.width > 3_919_000 && result.width < 3_960_000, "\(result.width)")
    // Mixed scales have no closed form: the Chernoff bound.
    let mixed = terms + [try Self.laplace(99_999)]
    #expect(FederatedAccuracy.halfWidth(of: mixed).method == .chernoff)
  }

  /// The continuous tail is exact at 0 (P(Z > 0) = ½) and for one term (P(Z > z) = e^(−z)/2).
  @Test(arguments: [1, 2, 3, 20, 200])
  func laplaceSumTailHasTheRightShape(terms n: Int) {
    #expect(abs(LaplaceSumBound.logUpperTail(n, 0) - log(0.5)) < 1e-9)
    var previous = 0.0
    for z in stride(from: 0.5, through: 40, by: 0.5) {
      let tail = LaplaceSumBound.logUpperTail(n, z)
      #expect(tail < previous)
      previous = tail
    }
    if n == 1 { #expect(abs(LaplaceSumBound.logUpperTail(1, 3) - (log(0.5) - 3)) < 1e-12) }
    // Two terms: P(Z > z) = (2 + z) e^(−z) / 4.
    if n == 2 { #expect(abs(LaplaceSumBound.logUpperTail(2, 3) - log(5 * exp(-3.0) / 4)) < 1e-12) }
  }

  /// The bound is conservative against the exact convolution, within the rounding slack n plus
  /// a unit, and narrower than the Chernoff bound.
  @Test(arguments: [(8, 30), (4, 60), (12, 7)])
  func laplaceSumBoundIsConservativeAndTight(edges: Int, scale: Int) throws {
    let terms = try Array(repeating: Self.laplace(scale), count: edges)
    let exact = try #require(NoiseConvolution(terms: terms, budget: .max)).halfWidth(coverage: 0.95)
    let bound = try #require(LaplaceSumBound(terms: terms)).halfWidth(coverage: 0.95)
    #expect(bound >= exact)
    #expect(bound <= exact + edges + 1 + scale / 50, "exact \(exact), bound \(bound)")
    #expect(bound < NoiseChernoffBound(terms: terms).halfWidth(coverage: 0.95))
  }

  @Test func noiseDescriptionsRoundTrip() throws {
    let terms = try NoiseTerm.terms(of: "laplace:2+laplace:5/2+gaussian:25")
    #expect(terms.count == 3)
    #expect(NoiseTerm.joined(terms) == "laplace:2+laplace:5/2+gaussian:25")
    for bad in ["", "laplace", "laplace:", "laplace:-1", "cauchy:1", "laplace:1++laplace:1"] {
      #expect(throws: FederationError.self) { try NoiseTerm.terms(of: bad) }
    }
  }
}
