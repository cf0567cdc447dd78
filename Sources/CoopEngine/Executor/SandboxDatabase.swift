import CSQLite
import Foundation

/// A read-only SQLite connection for running compiled scripts: an authorizer allows only reads
/// of the schema's tables and columns and calls of whitelisted functions; a progress handler
/// enforces step and wall-time limits; SQLite's heap is capped.
final class SandboxDatabase {
  private let handle: OpaquePointer
  private let guardState: SandboxGuard

  /// Opens `path` read-only, allowing reads of `columns` (table → column names).
  init(path: String, columns: [String: Set<String>]) throws(ExecutionError) {
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .cannotOpen(path: path, reason: "no such readable file")
    }
    var opened: OpaquePointer?
    let code = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
    guard code == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let opened { sqlite3_close_v2(opened) }
      throw .cannotOpen(path: path, reason: message)
    }
    handle = opened
    guardState = SandboxGuard(columns: columns)
    guard SandboxFunctions.register(on: handle) == SQLITE_OK else {
      throw .database("cannot register the sandbox functions")
    }
    let context = Unmanaged.passUnretained(guardState).toOpaque()
    sqlite3_set_authorizer(handle, authorize, context)
    sqlite3_progress_handler(handle, SandboxGuard.stepsPerCallback, progress, context)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Runs `sql` with `arguments` under `limits`, calling `row` for each result row.
  /// Returns the number of full-scan steps (rows scanned).
  func query(
    _ sql: String, arguments: [SandboxValue], limits: ExecutionLimits, row: ([SandboxValue]) throws -> Void
  ) throws -> Int {
    guardState.arm(limits)
    defer { guardState.disarm() }
    var statement: OpaquePointer?
    let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard prepared == SQLITE_OK, let statement else {
      if let denied = guardState.denial { throw ExecutionError.denied(denied) }
      throw ExecutionError.database(String(cString: sqlite3_errmsg(handle)))
    }
    defer { sqlite3_finalize(statement) }
    for (i, value) in arguments.enumerated() {
      let index = Int32(i + 1)
      switch value {
      case .integer(let n): sqlite3_bind_int64(statement, index, n)
      case .real(let d): sqlite3_bind_double(statement, index, d)
      case .text(let s): sqlite3_bind_text(statement, index, s, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
      case .null: sqlite3_bind_null(statement, index)
      }
    }
    let previousHeap = sqlite3_hard_heap_limit64(-1)
    sqlite3_hard_heap_limit64(Int64(limits.heapBytes))
    defer { sqlite3_hard_heap_limit64(previousHeap) }
    while true {
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        if let exceeded = guardState.exceeded { throw exceeded }
        if code == SQLITE_NOMEM {
          throw ExecutionError.boundExceeded(bound: "memory", limit: "\(limits.heapBytes) bytes")
        }
        throw ExecutionError.database(String(cString: sqlite3_errmsg(handle)))
      }
      let columns = sqlite3_column_count(statement)
      try row((0..<columns).map { SandboxValue(statement, $0) })
    }
    return Int(sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0))
  }

  /// The number of rows of `table` (read through the sandbox).
  func count(_ table: String, limits: ExecutionLimits) throws -> Int {
    var n = 0
    _ = try query("SELECT count(*) FROM \(SQL.quote(table))", arguments: [], limits: limits) { row in
      if case .integer(let v) = row.first { n = Int(v) }
    }
    return n
  }
}

/// A value bound to or read from the sandbox.
enum SandboxValue: Equatable {
  case integer(Int64)
  case real(Double)
  case text(String)
  case null

  init(_ statement: OpaquePointer, _ column: Int32) {
    switch sqlite3_column_type(statement, column) {
    case SQLITE_INTEGER: self = .integer(sqlite3_column_int64(statement, column))
    case SQLITE_FLOAT: self = .real(sqlite3_column_double(statement, column))
    case SQLITE_TEXT: self = .text(String(cString: sqlite3_column_text(statement, column)))
    default: self = .null
    }
  }
}

/// SQL quoting helpers.
enum SQL {
  /// A quoted identifier.
  static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

  /// A quoted string literal.
  static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
