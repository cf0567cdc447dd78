import CoopCrypto

/// Decides whether an edge may run a bundle: a quorum of distinct board members approved its
/// exact hash, none of them its author, all inside their windows, and no quorum revoked it.
public struct BundleVerifier: Sendable {
  /// The board the edge trusts.
  public let board: Board
  /// Revocations gathered by the edge.
  public let revocations: RevocationList

  /// A verifier for `board`, honouring `revocations`.
  public init(board: Board, revocations: RevocationList = RevocationList()) {
    self.board = board
    self.revocations = revocations
  }

  /// The verified bundle, or the reason it must not run.
  ///
  /// Forgeries (an approval for another hash, an invalid signature by a member, an invalid
  /// revocation) refuse the bundle outright. Approvals that merely do not count (unknown key,
  /// author, duplicate, outside the window) are skipped; if the quorum is then not met, the
  /// first of them names the reason, else `quorumNotMet`.
  public func verify(_ file: BundleFile, at now: Timestamp) throws -> VerifiedBundle {
    let bundle = file.bundle
    let revokers = try revocations.revokers(of: bundle.hash, board: board)
    guard revokers.count < board.quorum else { throw VerificationError.revoked(by: revokers) }
    var approvers: [BoardMember] = []
    var validUntil: Timestamp? = nil
    var skipped: VerificationError? = nil
    for approval in file.approvals {
      if let reason = try skipReason(approval, bundle: bundle, approvers: approvers, now: now) {
        skipped = skipped ?? reason
        continue
      }
      if let member = board.member(approval.signer) {
        approvers.append(member)
        validUntil = min(validUntil ?? approval.validUntil, approval.validUntil)
      }
    }
    guard approvers.count >= board.quorum, let validUntil else {
      throw skipped ?? VerificationError.quorumNotMet(have: approvers.count, want: board.quorum)
    }
    return VerifiedBundle(
      bundle: bundle, approvers: approvers, revokers: revokers, validUntil: validUntil)
  }

  /// Why `approval` does not count (`nil` if it does); throws for forgeries.
  private func skipReason(
    _ approval: Approval, bundle: ScriptBundle, approvers: [BoardMember], now: Timestamp
  ) throws -> VerificationError? {
    let signer = approval.signer
    guard approval.bundleHash == bundle.hash else {
      throw VerificationError.approvalForAnotherBundle(signer: signer)
    }
    guard let member = board.member(signer) else { return .unknownSigner(signer) }
    guard approval.isSigned(by: member.key) else {
      throw VerificationError.badSignature(signer: signer)
    }
    if member.key == bundle.author { return .authorApproval(signer) }
    if approvers.contains(member) { return .duplicateMember(signer) }
    if now > approval.validUntil {
      return .expired(signer: signer, validUntil: approval.validUntil)
    }
    if now < approval.validFrom {
      return .notYetValid(signer: signer, validFrom: approval.validFrom)
    }
    return nil
  }
}
