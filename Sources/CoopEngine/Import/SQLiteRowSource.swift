import CSQLite

/// The rows of a table of another SQLite database, in rowid order, numbered from 1.
struct SQLiteRowSource: RowSource {
  let name: String
  let header: [String]
  let expectedRows = 0
  private let statement: SQLiteStatement
  private var ordinal = 0

  /// Opens `path` read-only and selects every row of `table`.
  init(path: String, table: String) throws(ImportError) {
    name = "\(path)[\(table)]"
    do {
      let connection = try SQLiteConnection(path: path, flags: SQLITE_OPEN_READONLY)
      statement = try connection.prepare(
        "SELECT * FROM \"\(table.replacingOccurrences(of: "\"", with: "\"\""))\"")
    } catch {
      throw .source(path: path, "cannot read table '\(table)': \(error.message)")
    }
    header = (0..<statement.columnCount).map(statement.columnName)
  }

  mutating func next() throws(RowSourceError) -> (line: Int, fields: [String?])? {
    do {
      guard try statement.step() else { return nil }
    } catch {
      throw RowSourceError(line: ordinal + 1, reason: "cannot read: \(error.message)")
    }
    ordinal += 1
    return (ordinal, (0..<Int32(header.count)).map { statement.text($0) })
  }
}
