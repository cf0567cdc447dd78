/// A short name for a public key: the first 8 bytes of BLAKE2b-256("coop-key-id-v1" ‖ key),
/// as 16 lowercase hexadecimal characters.
///
/// It names a key in files and logs; trust always rests on the full public key it names.
public struct KeyID: Hashable, Sendable, Comparable {
  /// Length of the fingerprint, in bytes.
  public static let byteCount = 8

  /// The 16-character hexadecimal text.
  public let text: String

  /// The id of `key`.
  public init(of key: PublicKey) {
    let digest = Digest(hashing: Array("coop-key-id-v1".utf8) + key.bytes)
    text = Hex.encode(digest.bytes.prefix(KeyID.byteCount))
  }

  /// An id read back from text, which must be 16 lowercase hexadecimal characters.
  public init(text: String) throws {
    guard Hex.decode(text, byteCount: KeyID.byteCount) != nil else {
      throw CryptoError.invalidHex(what: "key id")
    }
    self.text = text
  }

  /// Orders ids by their text, for stable listings.
  public static func < (lhs: KeyID, rhs: KeyID) -> Bool { lhs.text < rhs.text }
}

extension KeyID: CustomStringConvertible {
  /// The hexadecimal text.
  public var description: String { text }
}
