/// A detached 64-byte Ed25519 signature.
public struct Signature: Hashable, Sendable, FixedLengthBytes {
  /// Length of every signature, in bytes.
  public static let byteCount = 64
  static let noun = "signature"

  /// The signature bytes.
  public let bytes: [UInt8]

  init(unchecked bytes: [UInt8]) { self.bytes = bytes }

  /// A signature from its bytes, which must be 64 long.
  public init(bytes: [UInt8]) throws { self = try .checked(bytes) }

  /// A signature from its canonical base64 text.
  public init(base64: String) throws { self = try .checked(base64: base64) }

  /// Canonical base64 text.
  public var base64: String { Base64.encode(bytes) }
}
