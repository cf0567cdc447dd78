/// A value that is exactly `byteCount` bytes (keys, signatures). Internal: the unchecked
/// initialiser must never be reachable from outside, or a short array could reach libsodium.
protocol FixedLengthBytes {
  /// Length of every value, in bytes.
  static var byteCount: Int { get }
  /// What the value is, for error messages ("public key", "signature").
  static var noun: String { get }
  /// A value from bytes whose length is already known to be right.
  init(unchecked bytes: [UInt8])
}

extension FixedLengthBytes {
  /// A value from `bytes`, which must be `byteCount` long.
  static func checked(_ bytes: [UInt8]) throws -> Self {
    guard bytes.count == byteCount else {
      throw CryptoError.invalidLength(what: noun, have: bytes.count, want: byteCount)
    }
    return Self(unchecked: bytes)
  }

  /// A value from canonical base64 text of exactly `byteCount` bytes.
  static func checked(base64: String) throws -> Self {
    Self(unchecked: try Base64.decode(base64, count: byteCount, what: noun))
  }
}
