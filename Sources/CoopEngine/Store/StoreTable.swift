import CoopLang

/// One normalized table of an edge store, generated from a schema table.
public struct StoreTable: Sendable, Hashable {
  /// The schema table.
  public var model: TableModel
  /// Its SQL columns, in order (a point gives two).
  public var columns: [StoreColumn]

  /// The table's name.
  public var name: String { model.name }

  /// The tables this one refers to with foreign keys.
  public var referencedTables: [String] { model.columns.compactMap(\.referencedTable) }

  /// `CREATE TABLE name (…)`, exactly as SQLite keeps it in `sqlite_master`.
  public var createStatement: String {
    "CREATE TABLE \(name) (\(columns.map(\.definition).joined(separator: ", ")))"
  }

  /// The SQL columns that store schema column `name`.
  public func columns(of name: String) -> [StoreColumn] {
    columns.filter { $0.schemaColumn.name == name }
  }
}
