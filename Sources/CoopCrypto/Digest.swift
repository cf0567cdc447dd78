import CSodium

/// A 32-byte BLAKE2b digest (`crypto_generichash`, unkeyed).
public struct Digest: Hashable, Sendable, FixedLengthBytes {
  /// Length of every digest, in bytes.
  public static let byteCount = 32
  static let noun = "digest"

  /// Thirty-two zero bytes: stands for "no previous digest" (the start of a hash chain).
  public static let zero = Digest(unchecked: [UInt8](repeating: 0, count: byteCount))

  /// The digest bytes.
  public let bytes: [UInt8]

  /// The BLAKE2b-256 digest of `data`.
  public init(hashing data: [UInt8]) {
    Sodium.ensureInitialized()
    var out = [UInt8](repeating: 0, count: Digest.byteCount)
    _ = crypto_generichash(&out, out.count, data, UInt64(data.count), nil, 0)
    bytes = out
  }

  init(unchecked bytes: [UInt8]) { self.bytes = bytes }

  /// A digest read back from its bytes, which must be 32 long.
  public init(bytes: [UInt8]) throws { self = try .checked(bytes) }

  /// A digest read back from its 64-character lowercase hexadecimal form.
  public init(hex: String) throws {
    guard let bytes = Hex.decode(hex, byteCount: Digest.byteCount) else {
      throw CryptoError.invalidHex(what: "digest")
    }
    self.bytes = bytes
  }

  /// Lowercase hexadecimal, 64 characters.
  public var hex: String { Hex.encode(bytes) }

  /// Constant-time equality: digests are compared against attacker-supplied values.
  public static func == (lhs: Digest, rhs: Digest) -> Bool {
    ConstantTime.equal(lhs.bytes, rhs.bytes)
  }

  /// Hashes the bytes, consistently with `==`.
  public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

extension Digest: CustomStringConvertible {
  /// The hexadecimal form.
  public var description: String { hex }
}
