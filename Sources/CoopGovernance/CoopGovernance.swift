/// Bundles, approvals, quorum, revocation and the audit log.
///
/// Its parts land with the governance issue; until then this module exports nothing.
public enum CoopGovernance {}
