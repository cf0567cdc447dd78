/// A seeded pseudo-random generator (xoshiro256**) for synthetic test data only.
///
/// Same seed, same sequence, on every platform: that is what makes `coop synth` reproducible.
/// It is not cryptographic and must never feed differential-privacy noise, keys or nonces: those
/// use libsodium's CSPRNG (`CoopCrypto`). It deliberately does not conform to
/// `RandomNumberGenerator`, so it cannot be passed to the standard library's random APIs by mistake.
public struct SyntheticRandom: Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// A generator for `seed`; `stream` selects an independent sequence for the same seed
  /// (one per company, so companies can be generated in any order).
  public init(seed: UInt64, stream: UInt64 = 0) {
    // SplitMix64 expands the seed into the 256-bit state, as the xoshiro authors recommend.
    var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func splitMix() -> UInt64 {
      mixer &+= 0x9E37_79B9_7F4A_7C15
      var z = mixer
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// The next 64 uniformly distributed bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotateLeft(state.3, 45)
    return result
  }

  private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}
