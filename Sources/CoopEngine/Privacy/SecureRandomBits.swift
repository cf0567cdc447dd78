import CoopCrypto

/// Random words from libsodium's CSPRNG (`SecureRandom`), read in blocks to amortise the call.
///
/// Not `Sendable`: give each thread its own. Unused buffered bytes are simply discarded.
public struct SecureRandomBits: RandomBits {
  /// Words fetched per call to libsodium.
  private static let blockWords = 128
  private var block: [UInt64] = []
  private var next = 0

  /// A source that fetches its first block on first use.
  public init() {}

  /// The next word, refilling the block from `SecureRandom.bytes` when it is exhausted.
  public mutating func nextWord() -> UInt64 {
    if next == block.count {
      let bytes = SecureRandom.bytes(Self.blockWords * 8)
      block = bytes.withUnsafeBytes { raw in
        (0..<Self.blockWords).map { raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) }
      }
      next = 0
    }
    defer { next += 1 }
    return block[next]
  }
}
