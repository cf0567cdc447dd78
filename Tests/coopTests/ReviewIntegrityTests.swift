import Foundation
import Testing

/// What `coop check` and `coop explain` print is what runs, and shows every hidden character.
@Suite("Review integrity in the CLI")
struct ReviewIntegrityTests {
  private static let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path

  /// `coop check`'s clean script with `where filter` on line 10.
  private static func script(where filter: String) -> String {
    CheckCommandTests.clean.replacingOccurrences(of: "release\n", with: "where \(filter)\nrelease\n")
  }

  @Test("coop check reports a bidi override as E0010 and echoes the line with an escape")
  func check() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let text = Self.script(where: "e.telework_eligible # \u{202E} and e.days_on_site > 3\u{2066}")
    try text.write(to: dir.appendingPathComponent("x.coop"), atomically: true, encoding: .utf8)
    let result = try CoopProcess.run(["check", "--schemas", Self.schemas, "x.coop"], in: dir, environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("x.coop:10:29: error[E0010]: bidirectional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE)"))
    #expect(result.stdout.contains("10 | where e.telework_eligible # \\u{202E} and e.days_on_site > 3\\u{2066}\n"))
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{2066}" })
  }

  @Test("errors naming a path escape its control characters")
  func usageError() throws {
    let result = try CoopProcess.run(["check", "missing\u{1B}[31m.coop"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing\\u{1B}[31m.coop"))
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test("coop explain prints the condition with the parentheses it needs")
  func explain() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let filter = "(e.mode == Mode.car_solo or e.mode == Mode.car_passenger) and not (e.telework_eligible or e.days_on_site < 3)"
    try Self.script(where: filter).write(to: dir.appendingPathComponent("x.coop"), atomically: true, encoding: .utf8)
    let result = try CoopProcess.run(["explain", "--schemas", Self.schemas, "x.coop"], in: dir)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("Rows counted: those where \(filter).\n"))
  }
}
