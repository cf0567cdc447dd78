import CSQLite
import Foundation

extension EdgeStore {
  /// Records `schema` in an existing database whose tables already have exactly the schema's
  /// layout (such as a file written with `MobilityStoreLayout`), making it a store; throws
  /// `.layoutMismatch` for the first table that differs, and changes nothing then.
  @discardableResult
  public static func label(
    at path: String, for schema: StoreSchema, now: Date = Date()
  ) throws(StoreError) -> EdgeStore {
    let store = try EdgeStore(path: path, flags: SQLITE_OPEN_READWRITE)
    let stored = try store.tableDefinitions()
    for table in schema.tables where stored[table.name] != table.createStatement {
      throw .layoutMismatch(path: path, table: table.name)
    }
    guard stored["coop_store"] == nil else {
      try store.verify(matches: schema)
      return store
    }
    do {
      try store.connection.execute("BEGIN IMMEDIATE")
      try store.connection.execute(StoreMetadata.dataDefinition)
      try StoreMetadata.record(schema, now: now, on: store.connection)
      try store.connection.execute("COMMIT")
    } catch {
      try? store.connection.execute("ROLLBACK")
      throw .sqlite(path: path, error)
    }
    return store
  }
}
