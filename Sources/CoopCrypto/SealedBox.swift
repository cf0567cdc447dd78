import CSodium

/// Anonymous sealed boxes (`crypto_box_seal`) addressed to an Ed25519 identity, whose X25519
/// form is derived with `crypto_sign_ed25519_pk_to_curve25519` (see Docs/governance.md for why
/// one key pair serves both purposes).
public enum SealedBox {
  /// Bytes a sealed box adds to its plaintext.
  public static let overhead = crypto_box_sealbytes()

  /// `plaintext` sealed so that only the holder of `recipient`'s secret key can open it.
  public static func seal(_ plaintext: [UInt8], to recipient: PublicKey) throws -> [UInt8] {
    Sodium.ensureInitialized()
    var curve = [UInt8](repeating: 0, count: crypto_box_publickeybytes())
    guard crypto_sign_ed25519_pk_to_curve25519(&curve, recipient.bytes) == 0 else {
      throw CryptoError.invalidPublicKey
    }
    var out = [UInt8](repeating: 0, count: plaintext.count + overhead)
    guard crypto_box_seal(&out, plaintext, UInt64(plaintext.count), curve) == 0 else {
      throw CryptoError.invalidPublicKey
    }
    return out
  }

  /// The plaintext of `box`, which must have been sealed to `recipient`'s public key.
  public static func open(_ box: [UInt8], with recipient: SecretKey) throws -> [UInt8] {
    Sodium.ensureInitialized()
    guard box.count >= overhead else { throw CryptoError.sealedBoxDoesNotOpen }
    var curvePublic = [UInt8](repeating: 0, count: crypto_box_publickeybytes())
    guard crypto_sign_ed25519_pk_to_curve25519(&curvePublic, recipient.publicKey.bytes) == 0 else {
      throw CryptoError.invalidPublicKey
    }
    let curveSecret = SecretBytes(count: crypto_box_secretkeybytes()) { out in
      recipient.secret.withBytes { edSecret in
        _ = crypto_sign_ed25519_sk_to_curve25519(
          out.baseAddress!.assumingMemoryBound(to: UInt8.self),
          edSecret.baseAddress!.assumingMemoryBound(to: UInt8.self))
      }
    }
    var plaintext = [UInt8](repeating: 0, count: box.count - overhead)
    let status = curveSecret.withBytes { secret in
      crypto_box_seal_open(
        &plaintext, box, UInt64(box.count), curvePublic,
        secret.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
    guard status == 0 else { throw CryptoError.sealedBoxDoesNotOpen }
    return plaintext
  }
}
