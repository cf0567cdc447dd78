/// A detached 64-byte Ed25519 signature.
public struct Signature: Hashable, Sendable {
  /// Length of every signature, in bytes.
  public static let byteCount = 64

  /// The signature bytes.
  public let bytes: [UInt8]

  /// A signature from its bytes, which must be 64 long.
  public init(bytes: [UInt8]) throws {
    guard bytes.count == Signature.byteCount else {
      throw CryptoError.invalidLength(
        what: "signature", have: bytes.count, want: Signature.byteCount)
    }
    self.bytes = bytes
  }

  /// A signature libsodium just produced, whose length is known to be right.
  init(unchecked bytes: [UInt8]) { self.bytes = bytes }

  /// A signature from its canonical base64 text.
  public init(base64: String) throws {
    bytes = try Base64.decode(base64, count: Signature.byteCount, what: "signature")
  }

  /// Canonical base64 text.
  public var base64: String { Base64.encode(bytes) }
}
