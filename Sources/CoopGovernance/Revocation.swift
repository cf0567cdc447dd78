import CoopCrypto

/// A board member's signed request to stop running a bundle. A quorum of distinct members'
/// revocations revokes it.
public struct Revocation: Sendable, Equatable {
  /// The revoked bundle hash.
  public let bundleHash: Digest
  /// The id of the member key that signed.
  public let signer: KeyID
  /// When the revocation was made.
  public let time: Timestamp
  /// Why, in one line (may be empty).
  public let reason: String
  /// Ed25519 signature over `signedBytes(signerKey:)`.
  public let signature: Signature

  /// Signs a revocation of `bundleHash` with a member's secret key.
  public init(revoking bundleHash: Digest, key: SecretKey, time: Timestamp, reason: String) throws {
    guard reason.isEmpty || KeyOwner.isSingleLine(reason) else {
      throw GovernanceError.invalidReason
    }
    let message = Self.signedBytes(
      bundleHash: bundleHash, signerKey: key.publicKey, time: time, reason: reason)
    self.init(
      bundleHash: bundleHash, signer: key.id, time: time, reason: reason,
      signature: key.sign(message))
  }

  init(bundleHash: Digest, signer: KeyID, time: Timestamp, reason: String, signature: Signature) {
    self.bundleHash = bundleHash
    self.signer = signer
    self.time = time
    self.reason = reason
    self.signature = signature
  }

  /// What a member signs, under `coop-revocation-v1`.
  static func signedBytes(
    bundleHash: Digest, signerKey: PublicKey, time: Timestamp, reason: String
  ) -> [UInt8] {
    var input = SigningInput(domain: "coop-revocation-v1")
    input.append(bundleHash.bytes)
    input.append(signerKey.bytes)
    input.append(time.text)
    input.append(reason)
    return input.bytes
  }

  /// `true` if the signature is `key`'s over this revocation.
  public func isSigned(by key: PublicKey) -> Bool {
    let message = Self.signedBytes(
      bundleHash: bundleHash, signerKey: key, time: time, reason: reason)
    return key.id == signer && key.isValidSignature(signature, of: message)
  }
}
