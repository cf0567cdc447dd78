import CSQLite

/// One SQLite connection, used from one thread at a time (open one per thread).
///
/// A thin, safe wrapper over the C API: statements are prepared and finalised by
/// `SQLiteStatement`, failures become `SQLiteError`, and writers wait up to `busyTimeout`
/// milliseconds for another connection's lock instead of failing at once.
public final class SQLiteConnection {
  private let handle: OpaquePointer

  /// Opens the database at `path`: by default for reading and writing, creating it when needed.
  public init(
    path: String, busyTimeout milliseconds: Int32 = 10_000,
    flags: Int32 = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
  ) throws(SQLiteError) {
    var opened: OpaquePointer?
    let flags = flags | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &opened, flags, nil)
    guard let opened else {
      throw SQLiteError(code: code, message: "out of memory", context: "open")
    }
    guard code == SQLITE_OK else {
      let error = SQLiteError(
        code: code, message: String(cString: sqlite3_errmsg(opened)), context: "open \(path)")
      sqlite3_close_v2(opened)
      throw error
    }
    handle = opened
    sqlite3_extended_result_codes(handle, 0)
    sqlite3_busy_timeout(handle, milliseconds)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Runs one or more statements that take no parameters and return no rows of interest.
  public func execute(_ sql: String) throws(SQLiteError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code, "execute") }
  }

  /// Compiles one statement.
  public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else { throw error(code, "prepare") }
    return SQLiteStatement(statement: statement, connection: self)
  }

  /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws.
  ///
  /// IMMEDIATE takes the write lock before the first read, so a read-check-write sequence
  /// (such as a budget check followed by a debit) cannot interleave with another writer's.
  func immediateTransaction<T>(_ body: () throws -> T) throws(LedgerError) -> T {
    do {
      return try transaction(body)
    } catch let error as SQLiteError {
      throw .storage(error)
    } catch {
      throw error as? LedgerError ?? .storage(self.error(SQLITE_ERROR, "transaction"))
    }
  }

  /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back and rethrowing if it throws.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// The rowid of the last row inserted on this connection.
  public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// The connection's current error as a `SQLiteError`.
  public func error(_ code: Int32, _ context: String) -> SQLiteError {
    SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)), context: context)
  }
}
