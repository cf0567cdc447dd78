import CoopEngine

/// A deterministic word source for tests only (SplitMix64): reproducible statistical tests.
struct SplitMixBits: RandomBits {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func nextWord() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Replays a fixed list of words, then zeros: for checking rejection paths.
struct ScriptedBits: RandomBits {
  private var words: [UInt64]
  private(set) var consumed = 0

  init(_ words: [UInt64]) { self.words = words }

  mutating func nextWord() -> UInt64 {
    defer { consumed += 1 }
    return consumed < words.count ? words[consumed] : 0
  }
}
