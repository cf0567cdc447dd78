import Foundation

/// Which file fills which table in one import: a CSV file, or a database and its table.
public struct TableSource: Sendable, Equatable {
  /// The schema table filled.
  public var table: String
  /// The CSV file or the SQLite database.
  public var path: String
  /// For a SQLite source, the table read.
  public var sourceTable: String?

  /// `table` filled from `path` (and, for SQLite, `sourceTable`).
  public init(table: String, path: String, sourceTable: String? = nil) {
    self.table = table
    self.path = path
    self.sourceTable = sourceTable
  }
}

extension ImportMapping {
  /// The sources of an import. For CSV: `explicit` table files first (`--table NAME=FILE`), then
  /// `file` for the mapping's only table, then each table's `from` (relative to
  /// `mappingDirectory`). For SQLite: the database `file` or `[source] path`, with each mapped
  /// table read from its `from` (default: the same name).
  public func sources(
    file: String?, explicit: [String: String] = [:], mappingDirectory: String
  ) throws(ImportError) -> [TableSource] {
    func relative(_ path: String) -> String {
      path.hasPrefix("/") ? path : mappingDirectory + "/" + path
    }
    for name in explicit.keys.sorted() where table(name) == nil {
      throw .request("the mapping has no [tables.\(name)] section for --table \(name)")
    }
    switch format {
    case .sqlite:
      guard let database = file ?? path.map(relative) else {
        throw .request("no source database: give its path, or set [source] path in the mapping")
      }
      let chosen = explicit.isEmpty ? tables : tables.filter { explicit[$0.table] != nil }
      return chosen.map {
        TableSource(table: $0.table, path: database, sourceTable: $0.from ?? $0.table)
      }
    case .csv:
      if !explicit.isEmpty {
        if file != nil { throw .request("give either FILE or --table NAME=FILE, not both") }
        return explicit.keys.sorted().map { TableSource(table: $0, path: explicit[$0] ?? "") }
      }
      if let file {
        guard tables.count == 1, let only = tables.first else {
          let names = tables.map(\.table).joined(separator: ", ")
          throw .request(
            "the mapping fills several tables (\(names)): say which FILE fills which with --table NAME=FILE"
          )
        }
        return [TableSource(table: only.table, path: file)]
      }
      return try tables.map { (mapped: TableMapping) throws(ImportError) -> TableSource in
        guard let from = mapped.from else {
          throw .request(
            "no file for table \(mapped.table): give FILE, --table \(mapped.table)=FILE, or set from in [tables.\(mapped.table)]"
          )
        }
        return TableSource(table: mapped.table, path: relative(from))
      }
    }
  }
}
