import CSQLite
import Foundation

/// The SQL functions the executor adds to a sandboxed connection: the only functions besides
/// SQLite's own arithmetic that compiled scripts may call.
enum SandboxFunctions {
  /// Mean Earth radius (IUGG), metres.
  static let earthRadius = 6_371_008.8

  /// Great-circle (haversine) distance in metres.
  static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let p1 = lat1 * .pi / 180
    let p2 = lat2 * .pi / 180
    let dp = (lat2 - lat1) * .pi / 180
    let dl = (lon2 - lon1) * .pi / 180
    let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
    return 2 * earthRadius * asin(min(1, sqrt(a)))
  }

  /// Registers `coop_distance(lat1, lon1, lat2, lon2)` and `coop_nearest(lat, lon, lat0, lon0, …)`.
  static func register(on db: OpaquePointer) -> Int32 {
    let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
    var code = sqlite3_create_function_v2(db, "coop_distance", 4, flags, nil, distanceFunction, nil, nil, nil)
    guard code == SQLITE_OK else { return code }
    code = sqlite3_create_function_v2(db, "coop_nearest", -1, flags, nil, nearestFunction, nil, nil, nil)
    return code
  }

  /// The names of the functions compiled scripts may call.
  static let allowed: Set<String> = ["coop_distance", "coop_nearest", "min", "max", "abs", "round", "count", "sum", "cast"]
}

private func doubleArgument(_ args: UnsafeMutablePointer<OpaquePointer?>?, _ i: Int) -> Double {
  sqlite3_value_double(args![i])
}

private let distanceFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, count, args in
  guard count == 4 else { return sqlite3_result_null(context) }
  for i in 0..<4 where sqlite3_value_type(args![i]) == SQLITE_NULL { return sqlite3_result_null(context) }
  let d = SandboxFunctions.distance(
    doubleArgument(args, 0), doubleArgument(args, 1), doubleArgument(args, 2), doubleArgument(args, 3))
  sqlite3_result_double(context, d)
}

private let nearestFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, count, args in
  guard count >= 4, count % 2 == 0 else { return sqlite3_result_null(context) }
  let lat = doubleArgument(args, 0)
  let lon = doubleArgument(args, 1)
  var best = 0
  var bestDistance = Double.infinity
  for i in 0..<Int(count / 2 - 1) {
    let d = SandboxFunctions.distance(lat, lon, doubleArgument(args, 2 + 2 * i), doubleArgument(args, 3 + 2 * i))
    if d < bestDistance {
      bestDistance = d
      best = i
    }
  }
  sqlite3_result_int64(context, Int64(best))
}

extension Executor {
  /// Adds the executor's SQL functions (`coop_distance`, `coop_nearest`) to a plain SQLite
  /// connection, so that benchmarks and tests can run hand-written baselines with the same
  /// arithmetic. Returns SQLite's result code.
  public static func registerFunctions(on db: OpaquePointer) -> Int32 {
    SandboxFunctions.register(on: db)
  }
}
