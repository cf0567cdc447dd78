/// What an audit log entry records.
public enum AuditKind: String, CaseIterable, Sendable {
  /// An author submitted a bundle to the hub.
  case submit
  /// A board member approved a bundle.
  case approve
  /// A board member revoked a bundle.
  case revoke
  /// The hub dispatched a bundle to edges (a job's first round, or each next round).
  case dispatch
  /// The hub closed a round and published its federated table (or said why there is none).
  case publish
  /// An operator retired a registered key (an edge's, an author's or an analyst's).
  case retire
  /// An edge executed a bundle.
  case execute
  /// An edge released an aggregate.
  case release
  /// Someone refused to act (a failed verification, an exhausted budget…).
  case refuse
  /// An edge debited its privacy budget.
  case budgetDebit = "budget-debit"
}
