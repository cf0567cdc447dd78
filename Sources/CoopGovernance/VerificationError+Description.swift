extension VerificationError: CustomStringConvertible {
  /// A one-line, lowercase explanation.
  public var description: String {
    switch self {
    case .hashMismatch(let stored, let computed):
      return "bundle content does not match its hash (have: \(computed), want: \(stored))"
    case .badAuthorSignature: return "the author's signature over the bundle hash is not valid"
    case .approvalForAnotherBundle(let signer):
      return "the approval by \(signer) is for another bundle hash"
    case .badSignature(let signer): return "the approval by \(signer) has an invalid signature"
    case .unknownSigner(let signer):
      return "the approval by \(signer) is by a key that is not on the board (wrong key)"
    case .authorApproval(let signer):
      return "the approval by \(signer) is by the bundle's author and does not count"
    case .duplicateMember(let signer):
      return "member \(signer) approved more than once; only one approval counts"
    case .expired(let signer, let validUntil):
      return "the approval by \(signer) expired at \(validUntil)"
    case .notYetValid(let signer, let validFrom):
      return "the approval by \(signer) is not valid before \(validFrom)"
    case .quorumNotMet(let have, let want):
      return "quorum not met (have: \(have) valid approvals, want: \(want))"
    case .revoked(let by):
      return "the bundle is revoked by \(by.map(\.text).joined(separator: ", "))"
    case .invalidRevocation(let index, let reason):
      return "revocation #\(index + 1) is not valid: \(reason)"
    case .boardFingerprintMismatch(let have, let want):
      return "the board file is not the pinned one (have: \(have), want: \(want))"
    }
  }
}
