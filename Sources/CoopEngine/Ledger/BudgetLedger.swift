/// An edge's privacy-budget ledger: ε spent per dataset per period, in its own SQLite file
/// (never the data store), written before any result leaves the edge.
///
/// Guarantees, each tested:
/// - **Debit before release.** `debit` commits (WAL, `synchronous=FULL`) before it returns, and
///   a result may only be released after `markReleased` has committed.
/// - **No overspending.** The budget check and the debit run in one `BEGIN IMMEDIATE`
///   transaction, so concurrent runs — threads or processes, each with its own connection —
///   are serialised by SQLite's write lock and together never exceed the limit.
/// - **Idempotent jobs.** A job id is debited at most once; debiting it again (a retry, or a
///   restart after a crash) returns the existing debit. A job is marked released at most once;
///   its stored result can be re-sent byte for byte, never re-drawn with fresh noise.
///
/// Not `Sendable`: open one ledger per thread on the same file.
public final class BudgetLedger {
  /// The schema version this build writes.
  public static let schemaVersion: Int64 = 1

  /// The edge whose budget this is.
  public let edge: String
  /// The limit of a (dataset, period) that has none of its own (see `setLimit`).
  public let defaultLimit: Epsilon
  let connection: SQLiteConnection

  /// Opens (creating and migrating when needed) the ledger file at `path`.
  public init(path: String, edge: String, defaultLimit: Epsilon) throws(LedgerError) {
    do { connection = try SQLiteConnection(path: path) } catch { throw .storage(error) }
    self.edge = edge
    self.defaultLimit = defaultLimit
    try migrate()
  }

  /// Debits `epsilon` for `job`, or returns the job's existing debit unchanged.
  ///
  /// Throws `.overBudget` (carrying requested and remaining ε) when the period's limit would be
  /// exceeded, and `.jobMismatch` when the job id was debited with other parameters.
  public func debit(job: String, epsilon: Epsilon, dataset: String, period: String)
    throws(LedgerError) -> DebitReceipt
  {
    guard epsilon.micros > 0 else { throw .epsilonNotPositive(job: job) }
    return try connection.immediateTransaction {
      if let existing = try record(job: job) {
        guard existing.epsilon == epsilon, existing.dataset == dataset, existing.period == period
        else { throw LedgerError.jobMismatch(job: job) }
        return existing
      }
      let before = try readStatus(dataset: dataset, period: period)
      guard epsilon <= before.remaining else {
        throw LedgerError.overBudget(
          requested: epsilon, remaining: before.remaining, dataset: dataset, period: period)
      }
      try connection.prepare(
        """
        INSERT INTO debits (edge, job, dataset, period, epsilon_micros, debited_at)
        VALUES (?, ?, ?, ?, ?, CAST(strftime('%s', 'now') AS INTEGER))
        """
      ).bind(.text(edge), .text(job), .text(dataset), .text(period), .integer(epsilon.micros))
        .run()
      return DebitReceipt(
        job: job, edge: edge, dataset: dataset, period: period, epsilon: epsilon,
        isReplay: false, isReleased: false,
        status: try readStatus(dataset: dataset, period: period))
    }
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
