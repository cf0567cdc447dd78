import CSQLite

/// A minimal SQLite connection for writing a file: open, execute, prepare, close.
///
/// Not shared between threads: each writer owns its connection.
final class SQLiteConnection {
  private(set) var handle: OpaquePointer?

  /// Opens (creating if needed) the database at `path` for reading and writing.
  init(path: String) throws(SQLiteError) {
    var handle: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &handle, flags, nil)
    guard status == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(handle)
      throw SQLiteError(code: status, message: message)
    }
    self.handle = handle
  }

  deinit {
    sqlite3_close(handle)
  }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws(SQLiteError) {
    var error: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &error)
    guard status == SQLITE_OK else {
      let message = error.map { String(cString: $0) } ?? lastMessage
      sqlite3_free(error)
      throw SQLiteError(code: status, message: message)
    }
  }

  /// A compiled statement for `sql`.
  func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard status == SQLITE_OK, let statement else {
      throw SQLiteError(code: status, message: lastMessage)
    }
    return SQLiteStatement(statement: statement, connection: self)
  }

  /// Closes the connection; reports the error if statements are still open.
  func close() throws(SQLiteError) {
    let status = sqlite3_close(handle)
    guard status == SQLITE_OK else { throw SQLiteError(code: status, message: lastMessage) }
    handle = nil
  }

  /// SQLite's message for the last failed call on this connection.
  var lastMessage: String {
    handle.map { String(cString: sqlite3_errmsg($0)) } ?? "connection closed"
  }
}
