import Foundation
import Testing

/// `coop demo` end to end on a small territory: real hub and edge processes, the report, and
/// no process left behind.
@Suite("coop demo")
struct DemoCommandTests {
  @Test("a small demo writes the report and the exports, and stops every process it started")
  func smallDemo() throws {
    let dir = try CoopProcess.temporaryDirectory().appendingPathComponent("out")
    let result = try CoopProcess.run(["demo", "--out", dir.path, "--companies", "3", "--employees", "1500", "--lang", "en"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    for step in 1...8 { #expect(result.stdout.contains("[\(step)/8]"), "step \(step) missing") }
    let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<svg") && html.contains("lang=\"en\""))
    for export in ["carpool.csv", "shuttle.csv", "third_places.csv", "flows.geojson", "third_places.geojson"] {
      #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("exports/\(export)").path), "\(export)")
    }
    // The last company's policy refuses the third-places job (ε 1.2 > 1): the report names it.
    #expect(html.contains("exceeds this edge"))
    #expect(try Self.processes(mentioning: dir.path).isEmpty, "processes left running")
    // The strict edge's status: carpool and shuttle spent, third places refused and why.
    let status = try CoopProcess.run(["edge", "status", "--config", dir.appendingPathComponent("work/edges/edge-03/edge.toml").path])
    #expect(status.status == 0, "\(status.stderr)")
    #expect(status.stdout.contains("spent 1.5 of 3, remaining 1.5"), "\(status.stdout)")
    #expect(status.stdout.contains("refusals (2):") && status.stdout.contains("exceeds this edge's limit"))
  }

  @Test("usage errors exit 2")
  func usage() throws {
    #expect(try CoopProcess.run(["demo", "--lang", "de"]).status == 2)
    #expect(try CoopProcess.run(["demo", "--companies", "1"]).status == 2)
  }

  /// Command lines of running processes that mention `text`.
  static func processes(mentioning text: String) throws -> [String] {
    let entries = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { $0.allSatisfy(\.isNumber) }
    return entries.compactMap { pid in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
      let line = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
      return line.contains(text) ? line : nil
    }
  }
}
