import CSQLite
import Foundation

@testable import CoopEngine

/// Runs a hand-written SQL query on a plain connection (with the same two distance functions)
/// and returns rows as cells: leading key columns, then a count and sums.
enum BaselineQuery {
  static func cells(_ sql: String, store: String, keys: Int) throws -> [[CellKey]: ExactAggregates.Cell] {
    var db: OpaquePointer?
    guard sqlite3_open_v2(store, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else {
      throw ExecutionError.cannotOpen(path: store, reason: "baseline")
    }
    defer { sqlite3_close_v2(db) }
    _ = BaselineFunctions.register(on: db)
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw ExecutionError.database(String(cString: sqlite3_errmsg(db)))
    }
    defer { sqlite3_finalize(statement) }
    var out: [[CellKey]: ExactAggregates.Cell] = [:]
    while sqlite3_step(statement) == SQLITE_ROW {
      let columns = Int(sqlite3_column_count(statement))
      let key = (0..<keys).map { i -> CellKey in
        sqlite3_column_type(statement, Int32(i)) == SQLITE_TEXT
          ? .text(String(cString: sqlite3_column_text(statement, Int32(i))))
          : .int(Int(sqlite3_column_int64(statement, Int32(i))))
      }
      let numbers = (keys..<columns).map { Int(sqlite3_column_int64(statement, Int32($0))) }
      out[key] = ExactAggregates.Cell(count: numbers[0], sums: Array(numbers.dropFirst()))
    }
    return out
  }

  /// The number of rows of `table`.
  static func rows(_ table: String, store: String) throws -> Int {
    let cells = try cells("SELECT 0, COUNT(*) FROM \"\(table)\"", store: store, keys: 1)
    return cells.values.first?.count ?? 0
  }

  /// `coop_distance` from the employee's home to their site.
  static let commute = "coop_distance(e.home_lat, e.home_lon, s.location_lat, s.location_lon)"

  /// The hand-written equivalent of each Algorithm and example.
  static let queries: [String: (sql: String, keys: Int)] = [
    "carpool": (
      """
      SELECT e.home_zone, s.zone, COUNT(*), SUM(CAST(ROUND(MIN(MAX(\(commute), 0), 40000)) AS INTEGER))
      FROM employees e JOIN sites s ON s.id = e.site
      WHERE e.mode = 'car_solo' AND e.days_on_site >= 3 AND e.arrival >= 390 AND e.arrival < 570
      GROUP BY e.home_zone, s.zone
      """, 2),
    "shuttle": (
      """
      SELECT s.zone, e.arrival / 60, COUNT(*)
      FROM employees e JOIN sites s ON s.id = e.site
      WHERE e.mode NOT IN ('walk', 'bike', 'telework') AND e.days_on_site >= 3 AND \(commute) >= 10000
      GROUP BY 1, 2
      """, 2),
    "headcount": ("SELECT s.zone, COUNT(*) FROM employees e JOIN sites s ON s.id = e.site GROUP BY s.zone", 1),
    "arrival_profile": (
      "SELECT arrival / 15, COUNT(*) FROM employees WHERE arrival >= 360 AND arrival < 600 AND days_on_site >= 1 GROUP BY 1", 1),
    "mode_share": ("SELECT home_zone, mode, COUNT(*), SUM(days_on_site) FROM employees GROUP BY 1, 2", 2),
    "commute_distance": (
      """
      SELECT s.zone, COUNT(*), SUM(CAST(ROUND(MIN(MAX(\(commute), 0), 60000)) AS INTEGER)),
        SUM(CAST(ROUND(MIN(MAX(\(commute), 0), 60000)) AS INTEGER))
      FROM employees e JOIN sites s ON s.id = e.site WHERE e.mode <> 'telework' GROUP BY 1
      """, 1),
    "long_commutes": (
      "SELECT s.zone, e.mode, COUNT(*) FROM employees e JOIN sites s ON s.id = e.site WHERE \(commute) >= 20000 GROUP BY 1, 2", 2),
    "days_on_site": ("SELECT days_on_site, telework_eligible, COUNT(*), SUM(days_on_site) FROM employees GROUP BY 1, 2", 2),
  ]
}
