/// An edge's privacy-budget ledger: ε spent per dataset per period, in its own SQLite file
/// (never the data store), written before any result leaves the edge.
///
/// Guarantees, each tested:
/// - **Debit before release.** `debit` commits (WAL, `synchronous=FULL`) before it returns, and
///   a result may only be released after `markReleased` has committed.
/// - **No overspending.** The budget check and the debit run in one `BEGIN IMMEDIATE`
///   transaction, so concurrent runs — threads or processes, each with its own connection —
///   are serialised by SQLite's write lock and together never exceed the limit.
/// - **Per-job caps.** A debit made with a `JobCap` also counts against its job's approved total
///   ε: the job's debits over all its rounds never exceed it, checked in the same transaction.
/// - **Lifetime cap (optional).** With a `lifetimeLimit`, the sum of every debit of a dataset, in
///   all periods, never exceeds it, checked in the same transaction too.
/// - **Idempotent jobs.** A job id is debited at most once; debiting it again (a retry, or a
///   restart after a crash) returns the existing debit. A job is marked released at most once;
///   its stored result can be re-sent byte for byte, never re-drawn with fresh noise.
///
/// Not `Sendable`: open one ledger per thread on the same file.
public final class BudgetLedger {
  /// The schema version this build writes.
  public static let schemaVersion: Int64 = 2

  /// The edge whose budget this is.
  public let edge: String
  /// The limit of a (dataset, period) that has none of its own (see `setLimit`).
  public let defaultLimit: Epsilon
  /// The most all debits of a dataset may add up to over every period; `nil`: no lifetime cap.
  public let lifetimeLimit: Epsilon?
  let connection: SQLiteConnection

  /// Opens (creating and migrating when needed) the ledger file at `path`. With a
  /// `lifetimeLimit`, a debit is also refused when it would take the dataset's debits over all
  /// periods past it (the cap is the opener's policy, not stored: a later opener may change it).
  public init(path: String, edge: String, defaultLimit: Epsilon, lifetimeLimit: Epsilon? = nil)
    throws(LedgerError)
  {
    do { connection = try SQLiteConnection(path: path) } catch { throw .storage(error) }
    self.edge = edge
    self.defaultLimit = defaultLimit
    self.lifetimeLimit = lifetimeLimit
    try migrate()
  }

  /// Debits `epsilon` for `job`, or returns the job's existing debit unchanged.
  ///
  /// With a `cap`, the debit also counts against `cap.job`'s approved total: the sum of every
  /// debit naming that job (its rounds, in any period) may never exceed `cap.total`, which the
  /// first capped debit records. With the ledger's `lifetimeLimit`, the dataset's debits over all
  /// periods may never exceed it either. Every limit is checked in the transaction that inserts.
  ///
  /// Throws `.overJobCap` (requested, already spent by the job, cap) when the job's cap would
  /// be exceeded, `.overLifetime` (requested, spent over the lifetime, cap) when the lifetime
  /// cap would be, `.overBudget` (requested and remaining ε) when the period's limit would be,
  /// `.capMismatch` when the job's cap was recorded as another total, and `.jobMismatch` when
  /// the job id was debited with other parameters.
  public func debit(job: String, epsilon: Epsilon, dataset: String, period: String, cap: JobCap? = nil)
    throws(LedgerError) -> DebitReceipt
  {
    guard epsilon.micros > 0 else { throw .epsilonNotPositive(job: job) }
    return try connection.immediateTransaction {
      if let existing = try record(job: job) {
        guard existing.epsilon == epsilon, existing.dataset == dataset, existing.period == period,
          existing.capJob == cap?.job
        else { throw LedgerError.jobMismatch(job: job) }
        return existing
      }
      var jobSpent: Epsilon?
      if let cap {
        let spent = try checkCap(cap, adding: epsilon)
        jobSpent = try Epsilon(micros: spent.micros + epsilon.micros)
      }
      if let lifetimeLimit {
        let spent = try readLifetimeSpent(dataset: dataset)
        guard spent.micros + epsilon.micros <= lifetimeLimit.micros else {
          throw LedgerError.overLifetime(
            requested: epsilon, spent: spent, cap: lifetimeLimit, dataset: dataset)
        }
      }
      let before = try readStatus(dataset: dataset, period: period)
      guard epsilon <= before.remaining else {
        throw LedgerError.overBudget(
          requested: epsilon, remaining: before.remaining, dataset: dataset, period: period)
      }
      try connection.prepare(
        """
        INSERT INTO debits (edge, job, dataset, period, epsilon_micros, debited_at, cap_job)
        VALUES (?, ?, ?, ?, ?, CAST(strftime('%s', 'now') AS INTEGER), ?)
        """
      ).bind(
        .text(edge), .text(job), .text(dataset), .text(period), .integer(epsilon.micros),
        cap.map { .text($0.job) } ?? .null
      ).run()
      return DebitReceipt(
        job: job, edge: edge, dataset: dataset, period: period, epsilon: epsilon,
        isReplay: false, isReleased: false,
        status: try readStatus(dataset: dataset, period: period),
        cap: cap, jobSpent: jobSpent, capJob: cap?.job)
    }
  }

  /// Inside a debit's transaction: records `cap` on the job's first capped debit, refuses
  /// another total, and refuses `epsilon` if it would take the job past its cap; returns what
  /// the job has spent so far.
  private func checkCap(_ cap: JobCap, adding epsilon: Epsilon) throws -> Epsilon {
    if let recorded = try recordedCap(job: cap.job) {
      guard recorded == cap.total else {
        throw LedgerError.capMismatch(job: cap.job, requested: cap.total, recorded: recorded)
      }
    } else {
      try connection.prepare("INSERT INTO job_caps (edge, job, cap_micros) VALUES (?, ?, ?)")
        .bind(.text(edge), .text(cap.job), .integer(cap.total.micros)).run()
    }
    let spent = try readJobSpent(cap.job)
    guard spent.micros + epsilon.micros <= cap.total.micros else {
      throw LedgerError.overJobCap(job: cap.job, requested: epsilon, spent: spent, cap: cap.total)
    }
    return spent
  }

  /// What the debits counting against `job`'s cap add up to (zero if none).
  public func spent(byJob job: String) throws(LedgerError) -> Epsilon {
    do { return try readJobSpent(job) } catch { throw Self.mapped(error, connection) }
  }

  /// What all debits of `dataset` add up to, over every period: the loss the lifetime cap bounds.
  public func spent(overLifetimeOf dataset: String) throws(LedgerError) -> Epsilon {
    do { return try readLifetimeSpent(dataset: dataset) } catch { throw Self.mapped(error, connection) }
  }

  /// Marks `job` released, storing the exact bytes sent (if given) so that a retry after a crash
  /// re-sends them instead of running again. Throws `.alreadyReleased` the second time.
  public func markReleased(job: String, result: [UInt8]? = nil) throws(LedgerError) {
    try connection.immediateTransaction {
      guard let existing = try record(job: job) else { throw LedgerError.unknownJob(job: job) }
      guard !existing.isReleased else { throw LedgerError.alreadyReleased(job: job) }
      try connection.prepare(
        """
        UPDATE debits SET released_at = CAST(strftime('%s', 'now') AS INTEGER), result = ?
        WHERE edge = ? AND job = ?
        """
      ).bind(result.map(SQLiteValue.blob) ?? .null, .text(edge), .text(job)).run()
    }
  }

  /// The bytes stored when `job` was marked released (`nil` if not released or none stored).
  public func releasedResult(job: String) throws(LedgerError) -> [UInt8]? {
    do {
      let statement = try connection.prepare(
        "SELECT released_at, result FROM debits WHERE edge = ? AND job = ?"
      ).bind(.text(edge), .text(job))
      guard try statement.step() else { throw LedgerError.unknownJob(job: job) }
      return statement.isNull(0) ? nil : statement.blob(1)
    } catch let error as LedgerError {
      throw error
    } catch {
      throw .storage(error as? SQLiteError ?? connection.error(1, "read result"))
    }
  }

  /// The debit recorded for `job`, if any.
  public func receipt(job: String) throws(LedgerError) -> DebitReceipt? {
    do { return try record(job: job) } catch { throw Self.mapped(error, connection) }
  }

  /// The period's limit, spending and remaining budget.
  public func status(dataset: String, period: String) throws(LedgerError) -> BudgetStatus {
    do { return try readStatus(dataset: dataset, period: period) } catch {
      throw Self.mapped(error, connection)
    }
  }

  /// Sets the limit of one (dataset, period), overriding `defaultLimit`. Lowering it below what
  /// is already spent refuses further debits; it never gives budget back.
  public func setLimit(_ limit: Epsilon, dataset: String, period: String) throws(LedgerError) {
    try connection.immediateTransaction {
      try connection.prepare(
        """
        INSERT INTO budget_limits (edge, dataset, period, limit_micros) VALUES (?, ?, ?, ?)
        ON CONFLICT (edge, dataset, period) DO UPDATE SET limit_micros = excluded.limit_micros
        """
      ).bind(.text(edge), .text(dataset), .text(period), .integer(limit.micros)).run()
    }
  }
}
