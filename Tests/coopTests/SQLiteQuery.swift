import CSQLite
import Foundation

/// Reads rows of a SQLite file, cells as text, to compare stores in CLI tests.
enum SQLiteQuery {
  struct Failure: Error { let message: String }

  /// Every row of `sql` on the database at `path`; with `write`, opened read-write.
  static func rows(_ path: String, _ sql: String, write: Bool = false) throws -> [[String]] {
    var handle: OpaquePointer?
    defer { sqlite3_close(handle) }
    let flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY
    guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
      throw Failure(message: "cannot open \(path)")
    }
    if write {
      guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
        throw Failure(message: String(cString: sqlite3_errmsg(handle)))
      }
      return []
    }
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
      throw Failure(message: String(cString: sqlite3_errmsg(handle)))
    }
    var rows: [[String]] = []
    while sqlite3_step(statement) == SQLITE_ROW {
      rows.append(
        (0..<sqlite3_column_count(statement)).map { column in
          sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "NULL"
        })
    }
    return rows
  }
}
