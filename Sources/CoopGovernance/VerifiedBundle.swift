import CoopCrypto

/// A bundle that passed verification: what may run, and who approved it.
public struct VerifiedBundle: Sendable {
  /// The bundle.
  public let bundle: ScriptBundle
  /// The members whose approvals counted, in file order.
  public let approvers: [BoardMember]
  /// Members who revoked it, fewer than the quorum.
  public let revokers: [KeyID]
  /// The earliest end of a counted approval window: re-verify after this instant.
  public let validUntil: Timestamp
}
