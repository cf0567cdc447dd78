import CoopCrypto

/// Random words from libsodium's CSPRNG (`SecureRandom`), read in blocks to amortise the call.
///
/// Blocks start small (a single sample needs a few words) and grow to 4 KiB for long runs; single
/// bits are served from a cached word. Not `Sendable`: give each thread its own. Unused buffered bytes are simply discarded.
public struct SecureRandomBits: RandomBits {
  /// Words fetched by the first call to libsodium, and at most per call.
  private static let firstBlockWords = 16
  private static let largestBlockWords = 512
  private var block: [UInt64] = []
  private var next = 0
  private var bits: UInt64 = 0
  private var bitsLeft = 0

  /// A source that fetches its first block on first use.
  public init() {}

  /// The next word, refilling the block from `SecureRandom.bytes` when it is exhausted.
  public mutating func nextWord() -> UInt64 {
    if next == block.count {
      let words = min(max(Self.firstBlockWords, block.count * 4), Self.largestBlockWords)
      let bytes = SecureRandom.bytes(words * 8)
      block = bytes.withUnsafeBytes { raw in
        (0..<words).map { raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) }
      }
      next = 0
    }
    defer { next += 1 }
    return block[next]
  }

  /// The next bit of a cached word, so that coin flips cost 1/64 of a word.
  public mutating func nextBit() -> Bool {
    if bitsLeft == 0 {
      bits = nextWord()
      bitsLeft = 64
    }
    defer {
      bits >>= 1
      bitsLeft -= 1
    }
    return bits & 1 == 1
  }
}
