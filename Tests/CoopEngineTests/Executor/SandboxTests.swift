import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// The sandbox refuses everything but declared reads, and the interpreter's statement is made
/// of schema identifiers only.
@Suite("Executor: sandbox")
struct SandboxTests {
  private func refusal(_ sql: String, columns: [String: Set<String>] = ["employees": ["id", "mode"]]) -> ExecutionError? {
    do {
      let db = try SandboxDatabase(path: ExecutorFixture.store, readable: columns)
      try db.scan(sql, limits: .standard) { (_, step) throws(ExecutionError) in
        while try step() {}
      }
      return nil
    } catch {
      return error
    }
  }

  @Test("undeclared columns and tables are refused")
  func reads() {
    #expect(refusal("SELECT mode FROM employees") == nil)
    #expect(refusal("SELECT home_lat FROM employees") == .denied("reading column 'employees.home_lat'"))
    #expect(refusal("SELECT id FROM sites") == .denied("reading table 'sites'"))
    #expect(refusal("SELECT name FROM sqlite_master") != nil)
  }

  @Test("writes, pragmas, attachments and every function are refused")
  func statements() {
    for sql in [
      "DELETE FROM employees", "UPDATE employees SET mode = 'bus'", "PRAGMA table_info(employees)",
      "ATTACH DATABASE '/tmp/x.sqlite' AS x", "SELECT random()", "SELECT load_extension('x')",
      "CREATE TABLE t (x)", "SELECT randomblob(8)", "SELECT abs(-1) FROM employees", "SELECT count(*) FROM employees",
      "SELECT coop_distance(0, 0, 0, 0)",
    ] {
      #expect(refusal(sql) != nil, "\(sql) was allowed")
    }
  }

  @Test("the wall-clock safety net aborts the run, named without a number")
  func wallClock() throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    do {
      _ = try Executor.exactAggregates(
        script, store: ExecutorFixture.store, parameters: [:], limits: ExecutionLimits(maxSeconds: 0))
      Issue.record("the run was not aborted")
    } catch let error as ExecutionError {
      #expect(error == .boundExceeded("wall-clock time"))
      let text = error.description
      #expect(!text.contains(where: { $0.isNumber }))
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

  @Test("every Algorithm's statement is made of quoted schema identifiers only", arguments: ExecutorFixture.scripts.keys.sorted())
  func statementText(name: String) throws {
    let script = try #require(ExecutorFixture.scripts[name])
    let sql = try Interpreter(script, parameters: try ParameterValues.resolve(script, [:])).sql
    // Remove every quoted identifier, alias and keyword: nothing else may remain.
    var rest = sql.replacingOccurrences(of: #""[a-z_]+""#, with: "", options: .regularExpression)
    for word in ["SELECT", "FROM", "LEFT JOIN", "AS", "ON", "="] { rest = rest.replacingOccurrences(of: word, with: "") }
    rest = rest.replacingOccurrences(of: #"t[0-9]+"#, with: "", options: .regularExpression)
    #expect(rest.allSatisfy { " .,1".contains($0) }, "\(name): \(sql)")
    #expect(!sql.contains("'"))
  }
}
