import CSQLite

/// A prepared statement: bind parameters (1-based), step through rows, read columns (0-based).
public final class SQLiteStatement {
  private let statement: OpaquePointer
  private let connection: SQLiteConnection

  /// Wraps a statement compiled on `connection`, which it keeps alive.
  init(statement: OpaquePointer, connection: SQLiteConnection) {
    self.statement = statement
    self.connection = connection
  }

  deinit { sqlite3_finalize(statement) }

  /// Binds each value in order to parameters 1, 2, …; resets the statement first.
  @discardableResult
  public func bind(_ values: SQLiteValue...) throws(SQLiteError) -> SQLiteStatement {
    try bind(values)
  }

  /// Binds each value of `values` in order to parameters 1, 2, …; resets the statement first.
  @discardableResult
  public func bind(_ values: [SQLiteValue]) throws(SQLiteError) -> SQLiteStatement {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .integer(let integer): code = sqlite3_bind_int64(statement, index, integer)
      case .real(let real): code = sqlite3_bind_double(statement, index, real)
      case .text(let text): code = sqlite3_bind_text(statement, index, text, -1, transient)
      case .blob(let bytes):
        code = bytes.withUnsafeBytes {
          sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient)
        }
      case .null: code = sqlite3_bind_null(statement, index)
      }
      guard code == SQLITE_OK else { throw connection.error(code, "bind") }
    }
    return self
  }

  /// Advances to the next row: `true` if a row is available, `false` when done.
  public func step() throws(SQLiteError) -> Bool {
    let code = sqlite3_step(statement)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.error(code, "step")
    }
  }

  /// Runs a statement that returns no rows.
  public func run() throws(SQLiteError) {
    while try step() {}
  }

  /// Column `index` of the current row as an integer (0 for NULL).
  public func integer(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }

  /// Column `index` of the current row as a double (0 for NULL).
  func real(_ index: Int32) -> Double { sqlite3_column_double(statement, index) }

  /// The number of columns of the statement's rows.
  var columnCount: Int32 { sqlite3_column_count(statement) }

  /// The name of result column `index`.
  func columnName(_ index: Int32) -> String {
    sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
  }

  /// Whether column `index` of the current row is NULL.
  public func isNull(_ index: Int32) -> Bool {
    sqlite3_column_type(statement, index) == SQLITE_NULL
  }

  /// Column `index` of the current row as bytes (`nil` for NULL).
  public func blob(_ index: Int32) -> [UInt8]? {
    guard !isNull(index) else { return nil }
    let count = Int(sqlite3_column_bytes(statement, index))
    guard count > 0, let base = sqlite3_column_blob(statement, index) else { return [] }
    return Array(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Column `index` of the current row as text (`nil` for NULL).
  public func text(_ index: Int32) -> String? {
    guard let base = sqlite3_column_text(statement, index) else { return nil }
    return String(cString: base)
  }

  /// SQLite copies bound text and blobs before the call returns.
  private var transient: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  }
}
