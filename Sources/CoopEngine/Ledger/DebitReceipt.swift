/// The record of one job's debit, as committed to the ledger.
public struct DebitReceipt: Sendable, Hashable {
  /// The job id (idempotence key).
  public let job: String
  /// The edge whose budget was debited.
  public let edge: String
  /// The dataset the job reads.
  public let dataset: String
  /// The budget period (`2026-11`, `2026-W48`…; any label the policy chooses).
  public let period: String
  /// The ε debited for the job.
  public let epsilon: Epsilon
  /// `false` for the call that debited; `true` when a later call found the existing debit
  /// (after a retry or a crash) and debited nothing more.
  public let isReplay: Bool
  /// Whether the job's result has been marked released.
  public let isReleased: Bool
  /// The period's budget after this debit.
  public let status: BudgetStatus
  /// The job cap this debit counts against, if it was made with one (see `JobCap`).
  public let cap: JobCap?
  /// The capped job's spending over all its debits after this one; `nil` when uncapped.
  public let jobSpent: Epsilon?
  /// The capped job the stored debit names (also for debits assigned to their job when the
  /// ledger was upgraded, before any cap was recorded).
  let capJob: String?
}
