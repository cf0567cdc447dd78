import Foundation

/// The store's own tables: `coop_store` (one row: the schema it was made for, with the BLAKE2b-256
/// hash of its canonical text, as manifests give it) and `coop_imports`
/// (one row per imported table: source, rows, time).
enum StoreMetadata {
  /// Their `CREATE TABLE` statements.
  static let dataDefinition = """
    CREATE TABLE coop_store (schema_name TEXT NOT NULL, schema_version INTEGER NOT NULL, \
    schema_hash TEXT NOT NULL, schema_source TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE coop_imports (table_name TEXT PRIMARY KEY NOT NULL, source TEXT NOT NULL, \
    rows INTEGER NOT NULL, imported_at TEXT NOT NULL);

    """

  /// Records `schema` in `coop_store`, inside the caller's transaction.
  static func record(_ schema: StoreSchema, now: Date, on connection: SQLiteConnection)
    throws(SQLiteError)
  {
    try connection.prepare("INSERT INTO coop_store VALUES (?, ?, ?, ?, ?)").bind(
      .text(schema.model.name), .integer(Int64(schema.model.version)), .text(schema.sourceHash),
      .text(schema.model.canonicalSource), .text(timestamp(now))
    ).run()
  }

  /// Records one table's import, replacing the previous record.
  static let recordImport = "INSERT OR REPLACE INTO coop_imports VALUES (?, ?, ?, ?)"

  /// `2026-11-27T10:00:00Z`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
