import CSQLite
import Foundation

/// A read-only SQLite connection for the interpreter's one statement: an authorizer allows only
/// reads of the columns the plan names (no function, no other statement); a progress handler
/// enforces the wall-clock safety net.
final class SandboxDatabase {
  private let handle: OpaquePointer
  private let guardState: SandboxGuard

  /// Opens `path` read-only, allowing reads of `readable` (table → SQL column names).
  init(path: String, readable: [String: Set<String>]) throws(ExecutionError) {
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
    guardState = SandboxGuard(columns: readable)
    let context = Unmanaged.passUnretained(guardState).toOpaque()
    sqlite3_set_authorizer(handle, authorize, context)
    sqlite3_progress_handler(handle, SandboxGuard.stepsPerCallback, progress, context)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Prepares `sql` and calls `body` with the statement and a `step` function (true: a row is
  /// ready; false: no more rows), under `limits`.
  func scan(
    _ sql: String, limits: ExecutionLimits,
    _ body: (OpaquePointer, () throws(ExecutionError) -> Bool) throws(ExecutionError) -> Void
  ) throws(ExecutionError) {
    guardState.arm(limits)
    defer { guardState.disarm() }
    var statement: OpaquePointer?
    let prepared = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard prepared == SQLITE_OK, let statement else {
      if let denied = guardState.denial { throw .denied(denied) }
      throw .database(String(cString: sqlite3_errmsg(handle)))
    }
    defer { sqlite3_finalize(statement) }
    let handle = self.handle
    let guardState = self.guardState
    try body(statement) { () throws(ExecutionError) -> Bool in
      let code = sqlite3_step(statement)
      if code == SQLITE_ROW { return true }
      if code == SQLITE_DONE { return false }
      if let exceeded = guardState.exceeded { throw exceeded }
      throw .database(String(cString: sqlite3_errmsg(handle)))
    }
  }

  /// Throws once the run's wall-clock safety net has passed.
  func checkDeadline() throws(ExecutionError) {
    if guardState.pastDeadline { throw .boundExceeded("wall-clock time") }
  }
}

/// SQL quoting helpers.
enum SQL {
  /// A quoted identifier.
  static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
