/// A refusal from CoopCrypto: bad key material, bad encodings, or a sealed box that does not open.
public enum CryptoError: Error, Equatable, Sendable {
  /// Key or signature bytes of the wrong length for their kind.
  case invalidLength(what: String, have: Int, want: Int)
  /// Text that is not strict, canonical base64.
  case invalidBase64(what: String)
  /// Text that is not strict, lowercase hexadecimal of the expected length.
  case invalidHex(what: String)
  /// libsodium refused a public key (for instance a point of small order).
  case invalidPublicKey
  /// A sealed box that was corrupted or sealed to another key.
  case sealedBoxDoesNotOpen
  /// A signed message whose signature is not the expected sender's.
  case badSignature
}

extension CryptoError: CustomStringConvertible {
  /// A one-line, lowercase explanation.
  public var description: String {
    switch self {
    case .invalidLength(let what, let have, let want):
      return "\(what) has the wrong length (have: \(have) bytes, want: \(want))"
    case .invalidBase64(let what): return "\(what) is not canonical base64"
    case .invalidHex(let what): return "\(what) is not lowercase hexadecimal of the right length"
    case .invalidPublicKey: return "the public key is not a valid Ed25519 point"
    case .sealedBoxDoesNotOpen:
      return "the sealed box does not open with this key (corrupted or sealed to another key)"
    case .badSignature: return "the message is not signed by the expected sender"
    }
  }
}
