/// A source of uniformly random 64-bit words, the only input of the noise samplers.
///
/// Production code uses `SecureRandomBits` (libsodium's CSPRNG). Tests may inject a deterministic
/// source; no seedable generator exists outside the test targets.
public protocol RandomBits {
  /// The next uniformly random 64-bit word.
  mutating func nextWord() -> UInt64
  /// The next uniformly random bit (by default the low bit of a fresh word).
  mutating func nextBit() -> Bool
}

extension RandomBits {
  /// The low bit of a fresh word; sources that can cache bits should provide their own.
  public mutating func nextBit() -> Bool { nextWord() & 1 == 1 }

  /// A uniform integer in `0..<bound`, unbiased, by Lemire's multiply-and-reject method.
  ///
  /// The 128-bit product `word · bound` splits ℤ/2⁶⁴ into `bound` runs; products whose low half
  /// falls below `2⁶⁴ mod bound` are rejected, so every result keeps exactly
  /// ⌊2⁶⁴ / bound⌋ words. Fewer than two words are drawn on average for any bound, and the
  /// division happens only on the rare rejection path. `bound` must be ≥ 1.
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    precondition(bound > 0, "uniform(below:) needs a positive bound")
    if bound == 2 { return nextBit() ? 1 : 0 }
    if bound & (bound &- 1) == 0 { return nextWord() & (bound &- 1) }
    var product = nextWord().multipliedFullWidth(by: bound)
    if product.low < bound {
      let rejectBelow = (0 &- bound) % bound
      while product.low < rejectBelow { product = nextWord().multipliedFullWidth(by: bound) }
    }
    return product.high
  }

  /// `true` with probability exactly `numerator / denominator` (certain when it is ≥ 1).
  public mutating func bernoulli(numerator: UInt64, denominator: UInt64) -> Bool {
    if numerator >= denominator { return true }
    if numerator == 0 { return false }
    return uniform(below: denominator) < numerator
  }

  /// `true` with probability exactly `numerator / (denominator · divisor)`, without overflow.
  ///
  /// When the product does not fit 64 bits, a uniform draw below it is formed from two draws,
  /// `u = u₁·divisor + u₂`, and compared with `numerator` digit by digit.
  mutating func bernoulli(numerator: UInt64, denominator: UInt64, divisor: UInt64) -> Bool {
    let (product, overflow) = denominator.multipliedReportingOverflow(by: divisor)
    if !overflow { return bernoulli(numerator: numerator, denominator: product) }
    if numerator == 0 { return false }
    let high = uniform(below: denominator)
    let low = uniform(below: divisor)
    let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: divisor)
    return high < quotient || (high == quotient && low < remainder)
  }

  /// A fair coin.
  public mutating func coin() -> Bool { nextBit() }
}
