import CoopEngine

/// Remembers every (key, nonce) pair seen within the clock-skew window, in its own SQLite file
/// (`nonces.sqlite`, WAL, `synchronous=NORMAL`: it survives a crash of the hub process, and
/// costs no `fsync` per request), so that a replayed request is refused even after a restart.
final class NonceRegistry {
  private let connection: SQLiteConnection
  private var lastPrune: Int64 = 0

  /// Opens (creating when needed) the registry at `path`.
  init(path: String) throws {
    connection = try SQLiteConnection(path: path)
    try connection.execute(
      """
      PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS nonces (
        key TEXT NOT NULL, nonce TEXT NOT NULL, seen_at INTEGER NOT NULL,
        PRIMARY KEY (key, nonce)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS nonces_by_time ON nonces (seen_at);
      """)
  }

  /// Records the pair; `false` if it was already seen (a replay). Pairs older than `window`
  /// seconds are forgotten: their timestamps are refused as stale anyway.
  func claim(key: String, nonce: String, now: Int64, window: Int64) throws -> Bool {
    if now - lastPrune > window {
      try connection.prepare("DELETE FROM nonces WHERE seen_at < ?")
        .bind(.integer(now - 2 * window)).run()
      lastPrune = now
    }
    try connection.prepare("INSERT OR IGNORE INTO nonces (key, nonce, seen_at) VALUES (?, ?, ?)")
      .bind(.text(key), .text(nonce), .integer(now)).run()
    return connection.changes > 0
  }
}
