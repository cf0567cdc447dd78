/// Why the budget ledger refused or failed an operation.
public enum LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The debit would take the period's spending past its limit; nothing was debited.
  case overBudget(requested: Epsilon, remaining: Epsilon, dataset: String, period: String)
  /// The debit would take the capped job's spending over all its rounds past its approved
  /// total; nothing was debited.
  case overJobCap(job: String, requested: Epsilon, spent: Epsilon, cap: Epsilon)
  /// The debit would take the dataset's spending over all periods past the lifetime cap;
  /// nothing was debited.
  case overLifetime(requested: Epsilon, spent: Epsilon, cap: Epsilon, dataset: String)
  /// The job's cap was recorded as another total by its first capped debit.
  case capMismatch(job: String, requested: Epsilon, recorded: Epsilon)
  /// The job was already debited with a different amount, dataset, period or job cap.
  case jobMismatch(job: String)
  /// No debit exists for the job.
  case unknownJob(job: String)
  /// The job's result was already released once; it is never released again.
  case alreadyReleased(job: String)
  /// A debit needs ε > 0.
  case epsilonNotPositive(job: String)
  /// The ledger file was written by a newer version of Coop.
  case unsupportedSchema(version: Int64)
  /// The ledger file holds values no version of Coop writes.
  case corrupt(String)
  /// SQLite failed (I/O, lock timeout, disk full…); the transaction was rolled back.
  case storage(SQLiteError)

  /// A one-line, lowercase message.
  public var description: String {
    switch self {
    case .overBudget(let requested, let remaining, let dataset, let period):
      "over budget for \(dataset) in \(period): requested epsilon \(requested), remaining \(remaining)"
    case .overJobCap(let job, let requested, let spent, let cap):
      "over the approved total of job \(job): requested epsilon \(requested), already spent by the job \(spent), cap \(cap)"
    case .overLifetime(let requested, let spent, let cap, let dataset):
      "over the lifetime cap for \(dataset): requested epsilon \(requested), already spent over the lifetime \(spent), cap \(cap)"
    case .capMismatch(let job, let requested, let recorded):
      "job \(job) was capped at epsilon \(recorded) by its first debit, not \(requested)"
    case .jobMismatch(let job):
      "job '\(job)' was already debited with a different epsilon, dataset, period or job cap"
    case .unknownJob(let job): "no debit recorded for job '\(job)'"
    case .alreadyReleased(let job): "job '\(job)' was already released"
    case .epsilonNotPositive(let job): "job '\(job)' must debit epsilon > 0"
    case .unsupportedSchema(let version):
      "ledger schema version \(version) is newer than this build supports (\(BudgetLedger.schemaVersion))"
    case .corrupt(let what): "ledger is corrupt: \(what)"
    case .storage(let error): "ledger storage failed: \(error)"
    }
  }
}
