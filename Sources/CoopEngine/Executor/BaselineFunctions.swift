import CSQLite
import Foundation

/// SQL functions for hand-written baseline queries (benchmarks and the tests' independent
/// evaluation): `coop_distance(lat1, lon1, lat2, lon2)` in metres and
/// `coop_nearest(lat, lon, lat0, lon0, …)`, both computed by the interpreter's `GreatCircle` on
/// the 10⁻⁹ grid. The sandbox never registers them: scripts run in the interpreter, not in SQL.
enum BaselineFunctions {
  /// Registers both functions on `db`; returns SQLite's result code.
  static func register(on db: OpaquePointer) -> Int32 {
    let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
    let code = sqlite3_create_function_v2(db, "coop_distance", 4, flags, nil, distanceFunction, nil, nil, nil)
    guard code == SQLITE_OK else { return code }
    return sqlite3_create_function_v2(db, "coop_nearest", -1, flags, nil, nearestFunction, nil, nil, nil)
  }

  /// A REAL or INTEGER argument in degrees on the 10⁻⁹ grid, as the interpreter reads it.
  static func nanodegrees(_ value: OpaquePointer?) -> Int64 {
    let steps = (sqlite3_value_double(value) * 1e9).rounded(.toNearestOrAwayFromZero)
    return steps.isFinite && abs(steps) < 0x1p62 ? Int64(steps) : 0
  }
}

private let distanceFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, count, args in
  guard count == 4, let args else { return sqlite3_result_null(context) }
  let v = (0..<4).map { BaselineFunctions.nanodegrees(args[$0]) }
  let metres = Double(GreatCircle.distance(lat1: v[0], lon1: v[1], lat2: v[2], lon2: v[3])) / 1e9
  sqlite3_result_double(context, metres)
}

private let nearestFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, count, args in
  guard count >= 4, count % 2 == 0, let args else { return sqlite3_result_null(context) }
  let candidates = (1..<Int(count / 2)).map {
    (BaselineFunctions.nanodegrees(args[2 * $0]), BaselineFunctions.nanodegrees(args[2 * $0 + 1]))
  }
  let best = GreatCircle.nearest(
    lat: BaselineFunctions.nanodegrees(args[0]), lon: BaselineFunctions.nanodegrees(args[1]), candidates: candidates)
  sqlite3_result_int64(context, Int64(best))
}

extension Executor {
  /// Adds `coop_distance` and `coop_nearest` (the interpreter's arithmetic) to a plain SQLite
  /// connection, so that benchmarks and tests can run hand-written baselines. Returns SQLite's
  /// result code.
  public static func registerFunctions(on db: OpaquePointer) -> Int32 {
    BaselineFunctions.register(on: db)
  }
}
