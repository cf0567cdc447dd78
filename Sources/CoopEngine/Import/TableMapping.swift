/// How one schema table is filled.
public struct TableMapping: Sendable, Equatable {
  /// The schema table.
  public var table: String
  /// The CSV file (relative to the mapping file) or the source database's table.
  public var from: String?
  /// Column mappings by schema column; unlisted columns are read from same-named source columns.
  public var columns: [String: ColumnMapping]
}
