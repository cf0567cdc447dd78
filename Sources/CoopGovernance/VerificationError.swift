import CoopCrypto

/// Why a bundle, approval, revocation or board was refused. Each reason has its own case, so
/// callers and tests can tell them apart; every case means "do not run".
public enum VerificationError: Error, Equatable, Sendable {
  /// The bundle's `hash:` line does not match its content (script, manifest or header changed).
  case hashMismatch(stored: String, computed: String)
  /// The author's signature does not verify over the bundle hash.
  case badAuthorSignature
  /// An approval names another bundle hash than the bundle it is attached to.
  case approvalForAnotherBundle(signer: KeyID)
  /// An approval's signature does not verify with the board key it names.
  case badSignature(signer: KeyID)
  /// An approval by a key that is not a member of the trusted board.
  case unknownSigner(KeyID)
  /// An approval by the bundle's own author, which never counts.
  case authorApproval(KeyID)
  /// A second approval by a member who already approved.
  case duplicateMember(KeyID)
  /// An approval whose window ended before the verification time.
  case expired(signer: KeyID, validUntil: Timestamp)
  /// An approval whose window starts after the verification time.
  case notYetValid(signer: KeyID, validFrom: Timestamp)
  /// Fewer distinct, valid member approvals than the board's quorum.
  case quorumNotMet(have: Int, want: Int)
  /// A quorum of board members revoked the bundle.
  case revoked(by: [KeyID])
  /// A revocation in the revocations file is not a valid one by a board member.
  case invalidRevocation(index: Int, reason: String)
  /// The board file is not the one the caller pinned.
  case boardFingerprintMismatch(have: String, want: String)
}
