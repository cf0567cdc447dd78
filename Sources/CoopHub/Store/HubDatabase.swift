import CoopEngine
import Foundation

/// The hub's SQLite store (`hub.sqlite`, WAL, `synchronous=FULL`): keys, bundles, approvals,
/// revocations, jobs, rounds and results. A write has reached the disk when its method returns,
/// so an acknowledged result survives a crash of the hub.
///
/// Not thread-safe: `HubStore` serialises every use on one queue.
final class HubDatabase {
  /// The schema migrations, in order; version n is `migrations[n - 1]`.
  static let migrations = [
    """
    CREATE TABLE principals (
      id TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL,
      added_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE bundles (
      hash TEXT PRIMARY KEY, algorithm TEXT NOT NULL, version TEXT NOT NULL, author TEXT NOT NULL,
      file BLOB NOT NULL, submitted_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE approvals (
      hash TEXT NOT NULL, signer TEXT NOT NULL, record TEXT NOT NULL, added_at INTEGER NOT NULL,
      PRIMARY KEY (hash, signer)
    ) WITHOUT ROWID;
    CREATE TABLE revocations (
      seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, signer TEXT NOT NULL, record TEXT NOT NULL,
      UNIQUE (hash, signer)
    );
    CREATE TABLE jobs (
      id TEXT PRIMARY KEY, bundle TEXT NOT NULL, algorithm TEXT NOT NULL, rounds INTEGER NOT NULL,
      round INTEGER NOT NULL, status TEXT NOT NULL, deadline_seconds INTEGER NOT NULL,
      min_group INTEGER, analyst TEXT NOT NULL, created_at INTEGER NOT NULL, error TEXT
    ) WITHOUT ROWID;
    CREATE TABLE job_edges (job TEXT NOT NULL, edge TEXT NOT NULL, PRIMARY KEY (job, edge))
      WITHOUT ROWID;
    CREATE TABLE rounds (
      job TEXT NOT NULL, round INTEGER NOT NULL, parameters BLOB NOT NULL,
      deadline_at INTEGER NOT NULL, status TEXT NOT NULL, federated BLOB,
      PRIMARY KEY (job, round)
    ) WITHOUT ROWID;
    CREATE TABLE results (
      job TEXT NOT NULL, round INTEGER NOT NULL, edge TEXT NOT NULL, status TEXT NOT NULL,
      reason TEXT, sealed BLOB, release BLOB, received_at INTEGER NOT NULL,
      PRIMARY KEY (job, round, edge)
    ) WITHOUT ROWID;
    CREATE INDEX rounds_open ON rounds (status, deadline_at);
    """,
    // 2: retired keys stay on record (old jobs name them) but no longer authenticate.
    "ALTER TABLE principals ADD COLUMN retired_at INTEGER;",
  ]

  let connection: SQLiteConnection

  /// Opens (creating and migrating when needed) the store at `path`.
  init(path: String) throws {
    connection = try SQLiteConnection(path: path)
    try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
    try migrate()
  }

  /// Applies the migrations this file has not seen, each in its own transaction.
  private func migrate() throws {
    try connection.execute("CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)")
    let statement = try connection.prepare("SELECT COALESCE(MAX(version), 0) FROM hub_schema")
    _ = try statement.step()
    let current = Int(statement.integer(0))
    guard current <= Self.migrations.count else {
      throw HubError.storage("hub store schema \(current) is newer than this build")
    }
    for version in (current + 1)..<(Self.migrations.count + 1) {
      try connection.transaction {
        try connection.execute(Self.migrations[version - 1])
        try connection.prepare("INSERT INTO hub_schema (version) VALUES (?)")
          .bind(.integer(Int64(version))).run()
      }
    }
  }

  /// Seconds since the epoch, the hub's clock for stored times.
  static func now() -> Int64 { Int64(Date().timeIntervalSince1970) }
}
