/// A source of uniformly random 64-bit words, the only input of the noise samplers.
///
/// Production code uses `SecureRandomBits` (libsodium's CSPRNG). Tests may inject a deterministic
/// source; no seedable generator exists outside the test targets.
public protocol RandomBits {
  /// The next uniformly random 64-bit word.
  mutating func nextWord() -> UInt64
}

extension RandomBits {
  /// A uniform integer in `0..<bound` by rejection sampling on 64-bit words (no modulo bias).
  ///
  /// Words below `2⁶⁴ mod bound` are rejected, so the accepted range is a whole multiple of
  /// `bound`; the expected number of words is below two for every bound. `bound` must be ≥ 1.
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    precondition(bound > 0, "uniform(below:) needs a positive bound")
    if bound & (bound &- 1) == 0 { return nextWord() & (bound &- 1) }
    let rejectBelow = (0 &- bound) % bound
    while true {
      let word = nextWord()
      if word >= rejectBelow { return word % bound }
    }
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
  public mutating func coin() -> Bool { nextWord() & 1 == 1 }
}
