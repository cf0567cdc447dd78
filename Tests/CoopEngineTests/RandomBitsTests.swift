import Foundation
import Testing

@testable import CoopEngine

@Suite("Uniform and Bernoulli draws")
struct RandomBitsTests {
  @Test("uniform(below:) rejects the biased remainder")
  func rejection() {
    // 2^64 mod 3 = 1: only a product with low half 0 (word 0) is rejected.
    var random = ScriptedBits([0, 5])
    #expect(random.uniform(below: 3) == 0)
    #expect(random.consumed == 2)
  }

  @Test("uniform(below:) is flat", arguments: [3, 5, 6, 1 << 10] as [UInt64])
  func flat(bound: UInt64) {
    var random = SplitMixBits(seed: bound)
    var counts = [Int](repeating: 0, count: Int(bound))
    let draws = 600_000
    for _ in 0..<draws { counts[Int(random.uniform(below: bound))] += 1 }
    let p = 1 / Double(bound)
    let expected = p * Double(draws)
    for observed in counts {
      #expect(abs(Double(observed) - expected) < 6 * (expected * (1 - p)).squareRoot())
    }
  }

  @Test("uniform(below:) covers a bound just above 2^63 evenly")
  func hugeBound() {
    let bound: UInt64 = (1 << 63) + 1
    var random = SplitMixBits(seed: 9)
    let draws = 200_000
    var lowerHalf = 0
    for _ in 0..<draws {
      let value = random.uniform(below: bound)
      #expect(value < bound)
      if value < bound / 2 { lowerHalf += 1 }
    }
    #expect(abs(Double(lowerHalf) - Double(draws) / 2) < 6 * (Double(draws) / 4).squareRoot())
  }

  @Test("the two-draw Bernoulli for huge denominators is exact")
  func splitBernoulli() {
    var random = SplitMixBits(seed: 7)
    let trials = 400_000
    var hits = 0
    // P = 2^63 / ((2^63 + 1) · 4) ≈ 1/4, where the product overflows 64 bits.
    for _ in 0..<trials
    where random.bernoulli(numerator: 1 << 63, denominator: (1 << 63) + 1, divisor: 4) {
      hits += 1
    }
    let sd = (0.25 * 0.75 * Double(trials)).squareRoot()
    #expect(abs(Double(hits) - 0.25 * Double(trials)) < 6 * sd)
  }

  @Test("libsodium bits are balanced")
  func secureBits() {
    var random = SecureRandomBits()
    let draws = 64_000
    let ones = (0..<draws).reduce(0) { count, _ in count + (random.nextBit() ? 1 : 0) }
    #expect(abs(Double(ones) - Double(draws) / 2) < 6 * (Double(draws) / 4).squareRoot())
  }

  @Test("libsodium words are not constant")
  func secureWords() {
    var random = SecureRandomBits()
    let words = (0..<1_100).map { _ in random.nextWord() }
    #expect(Set(words).count == words.count)
  }
}

@Suite("Bernoulli(exp(-gamma))")
struct BernoulliExpTests {
  @Test(
    "frequency matches exp(-gamma)",
    arguments: [(0, 1), (1, 3), (1, 1), (5, 2), (7, 1), (13, 2)] as [(UInt64, UInt64)])
  func frequency(numerator: UInt64, denominator: UInt64) {
    var random = SplitMixBits(seed: numerator * 31 + denominator)
    let trials = 400_000
    var hits = 0
    for _ in 0..<trials
    where BernoulliExp.sample(numerator: numerator, denominator: denominator, using: &random) {
      hits += 1
    }
    let p = exp(-Double(numerator) / Double(denominator))
    let sd = (p * (1 - p) * Double(trials)).squareRoot()
    #expect(abs(Double(hits) - p * Double(trials)) <= max(6 * sd, 0.5))
  }

  @Test("an exponent beyond 2^64 is (almost surely) a failure")
  func hugeExponent() {
    var random = SplitMixBits(seed: 1)
    let anyHit = (0..<1_000).contains { _ in
      BernoulliExp.sample(
        wholeHigh: 1, wholeLow: 0, fraction: 0, denominator: 1, using: &random)
    }
    #expect(!anyHit)
  }
}
