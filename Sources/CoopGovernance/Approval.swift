import CoopCrypto

/// A board member's signed approval of one bundle hash, valid inside a time window.
public struct Approval: Sendable, Equatable {
  /// The approved bundle hash.
  public let bundleHash: Digest
  /// The id of the member key that signed.
  public let signer: KeyID
  /// The first instant the approval counts.
  public let validFrom: Timestamp
  /// The last instant the approval counts.
  public let validUntil: Timestamp
  /// Ed25519 signature over `signedBytes(signerKey:)`.
  public let signature: Signature

  /// Signs an approval of `bundleHash` with a member's secret key.
  public init(
    approving bundleHash: Digest, key: SecretKey, validFrom: Timestamp, validUntil: Timestamp
  ) throws {
    guard validFrom <= validUntil else {
      throw GovernanceError.emptyWindow(validFrom: validFrom, validUntil: validUntil)
    }
    let message = Self.signedBytes(
      bundleHash: bundleHash, signerKey: key.publicKey, validFrom: validFrom,
      validUntil: validUntil)
    self.init(
      bundleHash: bundleHash, signer: key.id, validFrom: validFrom, validUntil: validUntil,
      signature: key.sign(message))
  }

  init(
    bundleHash: Digest, signer: KeyID, validFrom: Timestamp, validUntil: Timestamp,
    signature: Signature
  ) {
    self.bundleHash = bundleHash
    self.signer = signer
    self.validFrom = validFrom
    self.validUntil = validUntil
    self.signature = signature
  }

  /// What a member signs: hash, their full public key and the window, under `coop-approval-v1`.
  static func signedBytes(
    bundleHash: Digest, signerKey: PublicKey, validFrom: Timestamp, validUntil: Timestamp
  ) -> [UInt8] {
    var input = SigningInput(domain: "coop-approval-v1")
    input.append(bundleHash.bytes)
    input.append(signerKey.bytes)
    input.append(validFrom.text)
    input.append(validUntil.text)
    return input.bytes
  }

  /// `true` if the signature is `key`'s over this approval.
  public func isSigned(by key: PublicKey) -> Bool {
    let message = Self.signedBytes(
      bundleHash: bundleHash, signerKey: key, validFrom: validFrom, validUntil: validUntil)
    return key.id == signer && key.isValidSignature(signature, of: message)
  }
}
