/// Records of one source table: a header, then rows of fields (nil for SQL NULL).
protocol RowSource {
  /// How problems name the source: a CSV path, or `database.sqlite[table]`.
  var name: String { get }
  /// The source's column names.
  var header: [String] { get }
  /// A guess of the number of rows, to size tables (0 when unknown).
  var expectedRows: Int { get }
  /// The next row and its line (CSV) or ordinal (SQLite), or nil at the end.
  mutating func next() throws(RowSourceError) -> (line: Int, fields: [String?])?
}
