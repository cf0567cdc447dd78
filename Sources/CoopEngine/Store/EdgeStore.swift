import CSQLite
import CoopLang
import Foundation

/// An edge's data: one SQLite file holding a schema's normalized tables and a `coop_store`
/// table that records which schema (name, version, hash and canonical text) it was made for.
///
/// Open it read-only to run scripts (`EdgeStore(readingAt:)`), or read-write to import.
public final class EdgeStore {
  /// The file's path.
  public let path: String
  let connection: SQLiteConnection

  /// Opens the existing store at `path` read-only: the executor's view.
  public convenience init(readingAt path: String) throws(StoreError) {
    try self.init(path: path, flags: SQLITE_OPEN_READONLY)
  }

  init(path: String, flags: Int32) throws(StoreError) {
    guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
    self.path = path
    do {
      connection = try SQLiteConnection(path: path, flags: flags)
    } catch {
      throw .sqlite(path: path, error)
    }
  }

  /// Creates an empty store for `schema` at `path`, which must not exist yet.
  @discardableResult
  public static func create(
    at path: String, for schema: StoreSchema, now: Date = Date()
  ) throws(StoreError) -> EdgeStore {
    guard !FileManager.default.fileExists(atPath: path) else { throw .exists(path: path) }
    do {
      let connection = try SQLiteConnection(path: path)
      try connection.execute("BEGIN IMMEDIATE")
      try connection.execute(StoreMetadata.dataDefinition + schema.dataDefinition)
      try StoreMetadata.record(schema, now: now, on: connection)
      try connection.execute("COMMIT")
    } catch {
      unlink(path)
      throw .sqlite(path: path, error)
    }
    return try EdgeStore(path: path, flags: SQLITE_OPEN_READWRITE)
  }

  /// Checks that this store was made for `schema` and that every table has the layout the schema
  /// generates; throws what differs.
  public func verify(matches schema: StoreSchema) throws(StoreError) {
    let info = try self.info(schema: schema)
    let model = schema.model
    guard info.schemaName == model.name, info.schemaVersion == model.version,
      info.schemaHash == schema.sourceHash
    else {
      throw .schemaMismatch(
        path: path, store: "schema \(info.schemaName) version \(info.schemaVersion)",
        wanted: "schema \(model.name) version \(model.version)"
          + (info.schemaName == model.name && info.schemaVersion == model.version
            ? " (the schema's text differs)" : ""))
    }
    let stored = try tableDefinitions()
    for table in schema.tables where stored[table.name] != table.createStatement {
      throw .layoutMismatch(path: path, table: table.name)
    }
  }

  /// The `CREATE TABLE` text of every table in the file, by name.
  func tableDefinitions() throws(StoreError) -> [String: String] {
    Dictionary(try tablesInCreationOrder(), uniquingKeysWith: { first, _ in first })
  }

  /// Every table's name and `CREATE TABLE` text, in the order they were created.
  func tablesInCreationOrder() throws(StoreError) -> [(String, String)] {
    var tables: [(String, String)] = []
    do {
      let statement = try connection.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
      while try statement.step() {
        if let name = statement.text(0), let sql = statement.text(1) { tables.append((name, sql)) }
      }
    } catch {
      throw .sqlite(path: path, error)
    }
    return tables
  }
}
