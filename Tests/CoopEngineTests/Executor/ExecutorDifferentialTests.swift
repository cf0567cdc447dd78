import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// The executor's exact (pre-noise) aggregates equal hand-written SQLite queries, and its
/// measured rows and cells lie within the checker's static bounds, on every Algorithm.
@Suite("Executor: differential and bounds")
struct ExecutorDifferentialTests {
  @Test("the fixture has stores and every Algorithm checks")
  func fixture() {
    #expect(ExecutorFixture.stores.count >= 2)
    #expect(ExecutorFixture.scripts.count >= 9)
  }

  @Test("exact aggregates equal the hand-written query", arguments: BaselineQuery.queries.keys.sorted())
  func differential(name: String) throws {
    let script = try #require(ExecutorFixture.scripts[name])
    let (sql, keys) = try #require(BaselineQuery.queries[name])
    for store in ExecutorFixture.stores {
      let exact = try Executor.exactAggregates(script, store: store, parameters: [:])
      let baseline = try BaselineQuery.cells(sql, store: store, keys: keys)
      #expect(!baseline.isEmpty)
      #expect(exact.cells == baseline, "\(name) on \(store)")
    }
  }

  @Test("third places: nearest centre, offsets from that centre on the 10^-4 grid")
  func thirdPlaces() throws {
    let script = try #require(ExecutorFixture.scripts["third_places"])
    guard case .list(let centres)? = script.parameters.first?.initial else {
      Issue.record("no centres")
      return
    }
    let points = centres.compactMap { c -> (String, String)? in
      guard case .point(let lat, let lon) = c else { return nil }
      return ("\(lat)", "\(lon)")
    }
    let args = points.map { "\($0.0), \($0.1)" }.joined(separator: ", ")
    // The centre each row is nearest to, written by hand as a CASE over the nearest index.
    let lats = points.enumerated().map { "WHEN \($0.offset) THEN \($0.element.0)" }.joined(separator: " ")
    let lons = points.enumerated().map { "WHEN \($0.offset) THEN \($0.element.1)" }.joined(separator: " ")
    let sql = """
      SELECT c, COUNT(*),
        SUM(CAST(ROUND(MIN(MAX(lat - CASE c \(lats) END, -0.05), 0.05) * 10000) AS INTEGER)),
        SUM(CAST(ROUND(MIN(MAX(lon - CASE c \(lons) END, -0.05), 0.05) * 10000) AS INTEGER))
      FROM (
        SELECT coop_nearest(home_lat, home_lon, \(args)) AS c, home_lat AS lat, home_lon AS lon
        FROM employees WHERE telework_eligible)
      GROUP BY 1
      """
    for store in ExecutorFixture.stores {
      let exact = try Executor.exactAggregates(script, store: store, parameters: [:])
      #expect(exact.cells == (try BaselineQuery.cells(sql, store: store, keys: 1)))
    }
  }

  @Test("rows scanned are the table's rows and steps stay within the static cost", arguments: ExecutorFixture.scripts.keys.sorted())
  func bounds(name: String) throws {
    let script = try #require(ExecutorFixture.scripts[name])
    for store in ExecutorFixture.stores {
      let exact = try Executor.exactAggregates(script, store: store, parameters: [:])
      let n = try BaselineQuery.rows(script.table.name, store: store)
      #expect(exact.rowsScanned == n)
      #expect(exact.steps <= script.bounds.costPerRow.max * n, "\(name): \(exact.steps) steps for \(n) rows")
      #expect(exact.steps >= script.bounds.costPerRow.min * n, "\(name): \(exact.steps) steps for \(n) rows")
      #expect(script.bounds.cells.contains(exact.cells.count))
    }
  }
}
