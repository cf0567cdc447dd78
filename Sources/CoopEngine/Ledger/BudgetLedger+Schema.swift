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

  /// Sets WAL and full durability, then creates the tables in one transaction if missing.
  func migrate() throws(LedgerError) {
    do {
      try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
    } catch { throw .storage(error) }
    try connection.immediateTransaction {
      try connection.execute("CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)")
      let statement = try connection.prepare("SELECT MAX(version) FROM ledger_schema")
      guard try statement.step() else { throw LedgerError.corrupt("no schema version row") }
      if statement.isNull(0) {
        try connection.execute(Self.schemaV1)
      } else if statement.integer(0) > Self.schemaVersion {
        throw LedgerError.unsupportedSchema(version: statement.integer(0))
      }
    }
  }
}
