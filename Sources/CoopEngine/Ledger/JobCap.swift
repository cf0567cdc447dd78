/// A job's approved total ε, shared by all the debits that name it — one per round for an edge
/// agent: the ledger refuses any debit that would take the sum of the job's debits past it,
/// whatever the period, in the same transaction as the period's budget check.
public struct JobCap: Sendable, Hashable {
  /// The job (for an edge agent, the hub's job id; its debits are `JOB/ROUND`).
  public let job: String
  /// The most all its debits together may spend: the manifest's total ε.
  public let total: Epsilon

  /// The cap of `job`: `total` over all its debits.
  public init(job: String, total: Epsilon) {
    self.job = job
    self.total = total
  }
}
