import CoopCrypto

/// `POST /v1/bundles/{hash}/approvals`: a board member's approval, the fields of `Approval`.
public struct ApprovalMessage: Codable, Sendable, Equatable {
  /// The signer's key id.
  public var signer: String
  /// First instant the approval counts.
  public var validFrom: String
  /// Last instant the approval counts.
  public var validUntil: String
  /// Base64 signature.
  public var signature: String

  /// The message of `approval`.
  public init(_ approval: Approval) {
    signer = approval.signer.text
    validFrom = approval.validFrom.text
    validUntil = approval.validUntil.text
    signature = approval.signature.base64
  }

  /// The approval of `hash` it carries; throws `GovernanceError.malformedMessage` on bad fields.
  public func approval(of hash: Digest) throws -> Approval {
    guard let signer = try? KeyID(text: signer), let from = Timestamp(canonical: validFrom),
      let until = Timestamp(canonical: validUntil),
      let signature = try? Signature(base64: signature)
    else { throw GovernanceError.malformedMessage("approval") }
    return Approval(
      bundleHash: hash, signer: signer, validFrom: from, validUntil: until, signature: signature)
  }
}

/// `POST /v1/bundles/{hash}/revocations`: a board member's revocation, the fields of
/// `Revocation`.
public struct RevocationMessage: Codable, Sendable, Equatable {
  /// The signer's key id.
  public var signer: String
  /// When it was made.
  public var time: String
  /// Why, one line (may be empty).
  public var reason: String
  /// Base64 signature.
  public var signature: String

  /// The message of `revocation`.
  public init(_ revocation: Revocation) {
    signer = revocation.signer.text
    time = revocation.time.text
    reason = revocation.reason
    signature = revocation.signature.base64
  }

  /// The revocation of `hash` it carries; throws `GovernanceError.malformedMessage`.
  public func revocation(of hash: Digest) throws -> Revocation {
    guard let signer = try? KeyID(text: signer), let time = Timestamp(canonical: time),
      reason.isEmpty || KeyOwner.isSingleLine(reason),
      let signature = try? Signature(base64: signature)
    else { throw GovernanceError.malformedMessage("revocation") }
    return Revocation(
      bundleHash: hash, signer: signer, time: time, reason: reason, signature: signature)
  }
}
