import Foundation
import Testing

@Suite("coop check")
struct CheckCommandTests {
  static let clean = """
    algorithm ok version 1
      uses mobility 1

    privacy
      unit employee
      epsilon 0.5
      min_group 5

    from employees e
    release
      n = count()

    """

  @Test("a clean file exits 0 and prints nothing")
  func clean() throws {
    let dir = try CoopProcess.temporaryDirectory()
    try Self.clean.write(to: dir.appendingPathComponent("ok.coop"), atomically: true, encoding: .utf8)
    let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path
    let result = try CoopProcess.run(["check", "--schemas", schemas, "ok.coop"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty && result.stderr.isEmpty)
  }

  @Test("errors exit 1 with rendered diagnostics, without colour when NO_COLOR is set")
  func errors() throws {
    let dir = try CoopProcess.temporaryDirectory()
    try "algoritm x version 1\n".write(
      to: dir.appendingPathComponent("bad.coop"), atomically: true, encoding: .utf8)
    let result = try CoopProcess.run(["check", "bad.coop"], in: dir, environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("bad.coop:1:1: error[E0102]: unknown keyword 'algoritm'; did you mean 'algorithm'?\n"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test("--format json prints an array of diagnostic objects")
  func json() throws {
    let dir = try CoopProcess.temporaryDirectory()
    try "algoritm x version 1\n".write(
      to: dir.appendingPathComponent("bad.coop"), atomically: true, encoding: .utf8)
    let result = try CoopProcess.run(["check", "--format", "json", "bad.coop"], in: dir)
    #expect(result.status == 1)
    let objects = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    let first = try #require(objects?.first)
    for key in ["id", "severity", "file", "line", "column", "endLine", "endColumn", "message", "notes"] {
      #expect(first[key] != nil, "missing \(key)")
    }
    #expect(first["id"] as? String == "E0102")
    #expect(first["file"] as? String == "bad.coop")
  }

  @Test("a missing file is one line on stderr and exit 2")
  func missingFile() throws {
    let result = try CoopProcess.run(["check", "does-not-exist.coop"])
    #expect(result.status == 2)
    #expect(result.stderr == "coop: cannot read 'does-not-exist.coop': no such file\n")
  }

  @Test("usage errors exit 2")
  func usage() throws {
    #expect(try CoopProcess.run(["check"]).status == 2)
    #expect(try CoopProcess.run(["check", "--format", "xml", "x.coop"]).status == 2)
    #expect(try CoopProcess.run(["no-such-command"]).status == 2)
  }

  @Test("--version and --help")
  func versionAndHelp() throws {
    let version = try CoopProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.split(separator: ".").count == 3)
    let help = try CoopProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("check") && help.stdout.contains("fmt"))
  }
}

@Suite("coop check limits")
struct CheckLimitsCLITests {
  @Test("limits are configurable: a script over them is rejected at check time")
  func maxCells() throws {
    let ok = try CoopProcess.run(["check", "--max-cells", "576", "Algorithms/mobility/carpool.coop"])
    #expect(ok.status == 0)
    let over = try CoopProcess.run(["check", "--max-cells", "575", "Algorithms/mobility/carpool.coop"], environment: ["NO_COLOR": "1"])
    #expect(over.status == 1)
    #expect(over.stdout.contains("error[E0401]: this script may release up to 576 cells; the limit is 575"))
    let cost = try CoopProcess.run(["check", "--max-cost-per-row", "10", "Algorithms/mobility/carpool.coop"])
    #expect(cost.status == 1)
  }
}
