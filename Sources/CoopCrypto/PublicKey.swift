import CSodium

/// An Ed25519 public key: verifies signatures, and (converted to X25519) receives sealed boxes.
public struct PublicKey: Hashable, Sendable, FixedLengthBytes {
  /// Length of every public key, in bytes.
  public static let byteCount = 32
  static let noun = "public key"

  /// The key bytes.
  public let bytes: [UInt8]

  init(unchecked bytes: [UInt8]) { self.bytes = bytes }

  /// A public key from its 32 bytes.
  public init(bytes: [UInt8]) throws { self = try .checked(bytes) }

  /// A public key from its canonical base64 text.
  public init(base64: String) throws { self = try .checked(base64: base64) }

  /// Canonical base64 text.
  public var base64: String { Base64.encode(bytes) }

  /// The short fingerprint that names this key.
  public var id: KeyID { KeyID(of: self) }

  /// `true` only if `signature` is this key's valid signature of exactly `message`.
  public func isValidSignature(_ signature: Signature, of message: [UInt8]) -> Bool {
    Sodium.ensureInitialized()
    return crypto_sign_verify_detached(signature.bytes, message, UInt64(message.count), bytes) == 0
  }
}

extension PublicKey: CustomStringConvertible {
  /// The key id, which is how keys are named in messages.
  public var description: String { "public key \(id)" }
}
