import CSQLite
import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// Random well-typed scripts (grammar-directed, bounded depth) over random valid stores: every
/// script the checker accepts runs to a release, counts no more steps than its static bound, and
/// its exact aggregates (noise off, through the test-only `exactAggregates`) equal an
/// independent evaluation written as plain SQL by the generator.
///
/// `COOP_GENERATED_CASES` sets the number of cases (10,000 by default; `make fuzz` runs more).
@Suite("Interpreter: generated scripts against plain SQL")
struct GeneratedScriptTests {
  static let cases = ProcessInfo.processInfo.environment["COOP_GENERATED_CASES"].flatMap(Int.init) ?? 10_000

  @Test("generated scripts: accepted ones run, stay within their bounds and equal plain SQL")
  func generated() throws {
    let stores = try (0..<3).map { try GeneratedStores.store(rows: 150, seed: 41 + UInt64($0)) }
    let oracles = try stores.map { try Oracle(path: $0) }
    var generator = ScriptGenerator(seed: 2026)
    var accepted = 0
    var failures = 0
    for number in 0..<Self.cases where failures < 5 {
      let generated = generator.script(number: number, depth: 1 + number % 3)
      let result = Checker.check(SourceText(path: "gen_\(number).coop", text: generated.source), registry: GeneratedStores.registry)
      guard let script = result.script else {
        if ProcessInfo.processInfo.environment["COOP_GENERATED_DEBUG"] != nil {
          print("REFUSED \(number): \(result.diagnostics.sorted.map { "\($0.id) \($0.message)" })\n\(generated.source)")
        }
        continue
      }
      accepted += 1
      let store = stores[number % stores.count]
      do {
        let exact = try Executor.exactAggregates(script, store: store, parameters: generated.parameters)
        let decimals = script.releases.filter { $0.kind != .count }.map(\.decimals)
        let expected = try oracles[number % stores.count].cells(generated, decimals: decimals)
        let rows = 150
        if exact.cells != expected || exact.steps > script.bounds.costPerRow.max * rows || exact.rowsScanned != rows {
          failures += 1
          Issue.record(
            "case \(number): interpreter and SQL differ or bounds broken\n\(generated.source)\nSQL: \(generated.sql(decimals: decimals))\ninterpreter: \(exact.cells)\nSQL: \(expected)\nsteps \(exact.steps) vs \(script.bounds.costPerRow.max * rows)")
        }
        var random = SplitMixBits(seed: UInt64(number))
        _ = try Executor.run(script, store: store, parameters: generated.parameters, round: 1, mode: .local, random: &random)
      } catch {
        failures += 1
        Issue.record("case \(number): an accepted script failed to run: \(error)\n\(generated.source)")
      }
    }
    // Nearly every generated script is well typed: a generator the checker mostly refuses
    // would test nothing.
    #expect(accepted * 10 >= Self.cases * 9, "only \(accepted) of \(Self.cases) generated scripts checked")
  }
}

/// The SQL side: a plain read-only connection with the two geometry functions over 10⁻⁹ units.
final class Oracle {
  private let db: OpaquePointer

  init(path: String) throws {
    var opened: OpaquePointer?
    guard sqlite3_open_v2(path, &opened, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let opened else {
      throw ExecutionError.cannotOpen(path: path, reason: "oracle")
    }
    db = opened
    let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
    sqlite3_create_function_v2(db, "g_distance", 4, flags, nil, oracleDistance, nil, nil, nil)
    sqlite3_create_function_v2(db, "g_nearest", -1, flags, nil, oracleNearest, nil, nil, nil)
  }

  deinit { sqlite3_close_v2(db) }

  /// The cells the generated script's SQL computes.
  func cells(_ script: GeneratedScript, decimals: [Int]) throws -> [[CellKey]: ExactAggregates.Cell] {
    let sql = script.sql(decimals: decimals)
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw ExecutionError.database("\(String(cString: sqlite3_errmsg(db))) in \(sql)")
    }
    defer { sqlite3_finalize(statement) }
    var out: [[CellKey]: ExactAggregates.Cell] = [:]
    let keys = script.keys.count
    while sqlite3_step(statement) == SQLITE_ROW {
      let key = (0..<keys).map { i -> CellKey in
        script.textKeys[i]
          ? .text(String(cString: sqlite3_column_text(statement, Int32(i))))
          : .int(Int(sqlite3_column_int64(statement, Int32(i))))
      }
      for i in 0..<Int(sqlite3_column_count(statement)) where sqlite3_column_type(statement, Int32(i)) == SQLITE_FLOAT {
        throw ExecutionError.database("column \(i) overflowed to REAL in \(sql)")
      }
      let numbers = (keys..<Int(sqlite3_column_count(statement))).map { Int(sqlite3_column_int64(statement, Int32($0))) }
      // Without GROUP BY an aggregate returns one row even over no rows: a cell of no rows.
      if numbers[0] > 0 { out[key] = ExactAggregates.Cell(count: numbers[0], sums: Array(numbers.dropFirst())) }
    }
    return out
  }
}

private let oracleDistance: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, _, args in
  guard let args else { return }
  let v = (0..<4).map { sqlite3_value_int64(args[$0]) }
  sqlite3_result_int64(context, GreatCircle.distance(lat1: v[0], lon1: v[1], lat2: v[2], lon2: v[3]))
}

private let oracleNearest: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
  context, count, args in
  guard let args else { return }
  let candidates = (1..<Int(count / 2)).map { (sqlite3_value_int64(args[2 * $0]), sqlite3_value_int64(args[2 * $0 + 1])) }
  let best = GreatCircle.nearest(lat: sqlite3_value_int64(args[0]), lon: sqlite3_value_int64(args[1]), candidates: candidates)
  sqlite3_result_int64(context, Int64(best))
}
