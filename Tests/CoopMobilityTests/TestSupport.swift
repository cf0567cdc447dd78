import CSQLite
import Foundation

@testable import CoopMobility

/// Shared helpers: the bundled reference data, temporary directories, raw SQLite queries.
enum TestSupport {
  static func communes() throws -> Communes {
    try Communes.bundled()
  }

  /// A fresh empty directory under the system temporary directory.
  static func temporaryDirectory(_ label: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coop-mobility-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A generated data set in a temporary directory.
  static func writtenDataSet(companies: Int, employees: Int, seed: UInt64) throws -> (
    URL, SynthesisSummary
  ) {
    let directory = try temporaryDirectory()
    let synthesizer = try Synthesizer(
      communes: try communes(),
      options: SynthesisOptions(companies: companies, employees: employees, seed: seed))
    return (directory, try synthesizer.write(to: directory))
  }

  struct QueryError: Error { let message: String }

  /// Every row of `sql` on the database at `path` (opened read-only), cells as text.
  static func query(_ path: URL, _ sql: String) throws -> [[String]] {
    var handle: OpaquePointer?
    defer { sqlite3_close(handle) }
    guard sqlite3_open_v2(path.path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
      throw QueryError(message: "cannot open \(path.path)")
    }
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
      throw QueryError(message: String(cString: sqlite3_errmsg(handle)))
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
