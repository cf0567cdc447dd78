/// Creating and upgrading the ledger file.
extension BudgetLedger {
  /// Version 1: limits per (edge, dataset, period) and one row per debited job; spending is the
  /// sum of a period's debits, so it can never disagree with them.
  static let schemaV1 = """
    CREATE TABLE budget_limits (
      edge TEXT NOT NULL, dataset TEXT NOT NULL, period TEXT NOT NULL,
      limit_micros INTEGER NOT NULL CHECK (limit_micros >= 0),
      PRIMARY KEY (edge, dataset, period)
    ) WITHOUT ROWID;
    CREATE TABLE debits (
      edge TEXT NOT NULL, job TEXT NOT NULL, dataset TEXT NOT NULL, period TEXT NOT NULL,
      epsilon_micros INTEGER NOT NULL CHECK (epsilon_micros > 0),
      debited_at INTEGER NOT NULL, released_at INTEGER, result BLOB,
      PRIMARY KEY (edge, job)
    ) WITHOUT ROWID;
    CREATE INDEX debits_by_period ON debits (edge, dataset, period);
    INSERT INTO ledger_schema (version) VALUES (1);
    """

  /// Version 2: per-job caps. `job_caps` holds a job's approved total ε (fixed by its first
  /// capped debit); `debits.cap_job` names the capped job a debit counts against (NULL:
  /// uncapped), so a job's spending over all its rounds is the sum of its debits. Debits an
  /// edge agent made before the upgrade (ids `JOB/ROUND`) are assigned to their job, so a job
  /// running across the upgrade still counts its earlier rounds.
  static let schemaV2 = """
    ALTER TABLE debits ADD COLUMN cap_job TEXT;
    CREATE TABLE job_caps (
      edge TEXT NOT NULL, job TEXT NOT NULL,
      cap_micros INTEGER NOT NULL CHECK (cap_micros > 0),
      PRIMARY KEY (edge, job)
    ) WITHOUT ROWID;
    UPDATE debits SET cap_job = substr(job, 1, instr(job, '/') - 1)
    WHERE instr(job, '/') > 1 AND substr(job, instr(job, '/') + 1) GLOB '[1-9]*'
      AND substr(job, instr(job, '/') + 1) NOT GLOB '*[^0-9]*';
    CREATE INDEX debits_by_cap ON debits (edge, cap_job);
    INSERT INTO ledger_schema (version) VALUES (2);
    """

  /// Sets WAL and full durability, then brings the tables to `schemaVersion` in one
  /// transaction: creates version 1 if missing, then applies each later version in order.
  func migrate() throws(LedgerError) {
    do {
      try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
    } catch { throw .storage(error) }
    try connection.immediateTransaction {
      try connection.execute("CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)")
      let version = try storedVersion()
      guard version <= Self.schemaVersion else {
        throw LedgerError.unsupportedSchema(version: version)
      }
      if version < 1 { try connection.execute(Self.schemaV1) }
      if version < 2 { try connection.execute(Self.schemaV2) }
    }
  }

  /// The highest version in `ledger_schema`, 0 when empty (its statement finalized on return,
  /// before any table is altered).
  private func storedVersion() throws -> Int64 {
    let statement = try connection.prepare("SELECT MAX(version) FROM ledger_schema")
    guard try statement.step() else { throw LedgerError.corrupt("no schema version row") }
    return statement.isNull(0) ? 0 : statement.integer(0)
  }
}
