/// A message signed by its sender and sealed to its recipient: how an edge sends a result to the
/// hub. The signature covers the recipient's key, so a sealed result cannot be re-sealed to
/// another recipient as if it had been addressed there.
///
/// Inside the sealed box: the 64-byte Ed25519 signature, then the message. The signature is over
/// `LP("coop-signed-seal-v1") ‖ LP(recipient public key) ‖ LP(message)`.
public enum SignedSealedBox {
  /// `message` signed with `sender` and sealed to `recipient`.
  public static func seal(
    _ message: [UInt8], from sender: SecretKey, to recipient: PublicKey
  ) throws -> [UInt8] {
    let signature = sender.sign(signedBytes(message, recipient: recipient))
    return try SealedBox.seal(signature.bytes + message, to: recipient)
  }

  /// The message of `box`, which must open with `recipient` and be signed by `sender`.
  public static func open(
    _ box: [UInt8], with recipient: SecretKey, from sender: PublicKey
  ) throws -> [UInt8] {
    let contents = try SealedBox.open(box, with: recipient)
    guard contents.count >= Signature.byteCount else { throw CryptoError.badSignature }
    let signature = Signature(unchecked: Array(contents.prefix(Signature.byteCount)))
    let message = Array(contents.dropFirst(Signature.byteCount))
    guard
      sender.isValidSignature(
        signature, of: signedBytes(message, recipient: recipient.publicKey))
    else { throw CryptoError.badSignature }
    return message
  }

  private static func signedBytes(_ message: [UInt8], recipient: PublicKey) -> [UInt8] {
    var input = SigningInput(domain: "coop-signed-seal-v1")
    input.append(recipient.bytes)
    input.append(message)
    return input.bytes
  }
}
