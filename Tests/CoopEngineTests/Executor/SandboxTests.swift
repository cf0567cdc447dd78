import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// The sandbox refuses everything but declared reads and whitelisted functions, and aborts a run
/// that passes a limit with an error naming the limit.
@Suite("Executor: sandbox")
struct SandboxTests {
  private let loose = ExecutionLimits(maxSteps: Int.max, maxSeconds: 60, maxCells: 1_000_000, heapBytes: 256 << 20)

  private func refusal(_ sql: String, columns: [String: Set<String>] = ["employees": ["id", "mode"]]) -> ExecutionError? {
    do {
      let db = try SandboxDatabase(path: ExecutorFixture.store, columns: columns)
      _ = try db.query(sql, arguments: [], limits: loose) { _ in }
      return nil
    } catch let error as ExecutionError {
      return error
    } catch {
      return .database("\(error)")
    }
  }

  @Test("undeclared columns and tables are refused")
  func reads() {
    #expect(refusal("SELECT mode FROM employees") == nil)
    #expect(refusal("SELECT home_lat FROM employees") == .denied("reading column 'employees.home_lat'"))
    #expect(refusal("SELECT id FROM sites") == .denied("reading table 'sites'"))
    #expect(refusal("SELECT name FROM sqlite_master") != nil)
  }

  @Test("writes, pragmas, attachments and other functions are refused")
  func statements() {
    for sql in [
      "DELETE FROM employees", "UPDATE employees SET mode = 'bus'", "PRAGMA table_info(employees)",
      "ATTACH DATABASE '/tmp/x.sqlite' AS x", "SELECT random()", "SELECT load_extension('x')",
      "CREATE TABLE t (x)", "SELECT randomblob(8)",
    ] {
      #expect(refusal(sql) != nil, "\(sql) was allowed")
    }
  }

  @Test("each limit aborts the run and is named", arguments: ["steps", "wall time", "cells"])
  func limits(bound: String) throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    let limits =
      switch bound {
      case "steps": ExecutionLimits(maxSteps: 2000, maxSeconds: 60, maxCells: 1000, heapBytes: 256 << 20)
      case "wall time": ExecutionLimits(maxSteps: Int.max, maxSeconds: 0, maxCells: 1000, heapBytes: 256 << 20)
      default: ExecutionLimits(maxSteps: Int.max, maxSeconds: 60, maxCells: 1, heapBytes: 256 << 20)
      }
    do {
      _ = try Executor.exactAggregates(script, store: ExecutorFixture.store, parameters: [:], limits: limits)
      Issue.record("\(bound): the run was not aborted")
    } catch let error as ExecutionError {
      guard case .boundExceeded(let name, _) = error else {
        Issue.record("\(bound): \(error)")
        return
      }
      #expect(name == bound)
      #expect(error.description.contains("checker bug"))
    }
  }

  @Test("a store that does not exist, or of another schema, is refused")
  func wrongStore() throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    #expect(throws: ExecutionError.self) {
      try Executor.exactAggregates(script, store: "/nonexistent/edge.sqlite", parameters: [:])
    }
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).sqlite").path
    FileManager.default.createFile(atPath: empty, contents: Data())
    #expect(throws: ExecutionError.self) {
      try Executor.exactAggregates(script, store: empty, parameters: [:])
    }
  }

  @Test("the derived limits follow the static bounds")
  func derivedLimits() throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    let limits = ExecutionLimits(script: script, rows: 1000)
    #expect(limits.maxCells == script.bounds.cells.max)
    #expect(limits.maxSteps == script.bounds.costPerRow.max * 1000 * 10 + 1_000_000)
  }
}
