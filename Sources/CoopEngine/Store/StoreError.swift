/// Why an edge store cannot be opened, created or used with a schema.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// SQLite failed on the file at `path`.
  case sqlite(path: String, SQLiteError)
  /// The file does not exist (when opening an existing store).
  case missing(path: String)
  /// The file already exists (when creating a store).
  case exists(path: String)
  /// The file exists but is not a store (no `coop_store` table).
  case notAStore(path: String)
  /// The store was made for another schema, or a different version or text of it.
  case schemaMismatch(path: String, store: String, wanted: String)
  /// A table's definition differs from the one the schema generates (or the table is missing).
  case layoutMismatch(path: String, table: String)

  /// One line saying what is wrong.
  public var description: String {
    switch self {
    case .sqlite(let path, let error): return "store '\(path)': \(error)"
    case .missing(let path): return "store '\(path)' does not exist"
    case .exists(let path): return "'\(path)' already exists"
    case .notAStore(let path): return "'\(path)' is not a Coop store (no coop_store table)"
    case .schemaMismatch(let path, let store, let wanted):
      return "store '\(path)' holds \(store), not \(wanted)"
    case .layoutMismatch(let path, let table):
      return "store '\(path)': table '\(table)' is missing or does not match the schema's layout"
    }
  }
}
