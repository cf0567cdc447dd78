import CSQLite

/// A prepared statement: bind values by 1-based position, step, reset for the next row.
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let connection: SQLiteConnection

  init(statement: OpaquePointer, connection: SQLiteConnection) {
    self.statement = statement
    self.connection = connection
  }

  deinit {
    sqlite3_finalize(statement)
  }

  /// Binds `values` to parameters 1…n, runs the statement to completion and resets it.
  func run(_ values: [StoreValue]) throws(SQLiteError) {
    for (offset, value) in values.enumerated() {
      let position = Int32(offset + 1)
      let status: Int32
      switch value {
      case .integer(let number): status = sqlite3_bind_int64(statement, position, Int64(number))
      case .real(let number): status = sqlite3_bind_double(statement, position, number)
      case .text(let text):
        // SQLITE_TRANSIENT: SQLite copies the bytes before the temporary C string goes away.
        status = sqlite3_bind_text(
          statement, position, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
      }
      guard status == SQLITE_OK else { throw failure(status) }
    }
    let status = sqlite3_step(statement)
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    guard status == SQLITE_DONE || status == SQLITE_ROW else { throw failure(status) }
  }

  private func failure(_ status: Int32) -> SQLiteError {
    SQLiteError(code: status, message: connection.lastMessage)
  }
}
