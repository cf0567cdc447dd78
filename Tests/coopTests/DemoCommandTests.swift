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
    try reportFromTheHub(demo: dir)
  }

  /// The demo's hub, started again on its store: `coop report --hub` rebuilds the same report
  /// input from the three finished jobs, and refuses a job given for another algorithm.
  func reportFromTheHub(demo dir: URL) throws {
    let work = dir.appendingPathComponent("work")
    let log = work.appendingPathComponent("hub-again.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let hub = Process()
    hub.executableURL = CoopProcess.executable
    hub.arguments = ["hub", "serve", "--dir", "hub", "--listen", "127.0.0.1:0"]
    hub.currentDirectoryURL = work
    hub.standardOutput = try FileHandle(forWritingTo: log)
    hub.standardError = FileHandle.nullDevice
    try hub.run()
    defer {
      hub.terminate()
      hub.waitUntilExit()
    }
    var url: String?
    for _ in 0..<300 where url == nil {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: "listening on ") {
        url = String(text[range.upperBound...].prefix { !$0.isWhitespace })
      } else {
        Thread.sleep(forTimeInterval: 0.1)
      }
    }
    let hubURL = try #require(url, "the hub did not start again")
    let key = work.appendingPathComponent("keys/analyst.key").path
    let list = try CoopProcess.run(["jobs", "list", "--hub", hubURL, "--key", key])
    #expect(list.status == 0, "\(list.stderr)")
    var jobs: [String: String] = [:]
    for line in list.stdout.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if fields.count > 1 { jobs[String(fields[1])] = String(fields[0]) }
    }
    let carpool = try #require(jobs["carpool"]), shuttle = try #require(jobs["shuttle"])
    let third = try #require(jobs["third_places"])
    let out = dir.appendingPathComponent("again")
    let report = try CoopProcess.run([
      "report", "--hub", hubURL, "--key", key, "--carpool", carpool, "--shuttle", shuttle,
      "--third-places", third, "--out", out.path,
    ])
    #expect(report.status == 0, "\(report.stderr)")
    let rebuilt = try Self.json(out.appendingPathComponent("exports/report-input.json"))
    let original = try Self.json(dir.appendingPathComponent("exports/report-input.json"))
    for part in ["carpool", "shuttle", "thirdPlaces"] {
      #expect((rebuilt[part] as? NSDictionary) == (original[part] as? NSDictionary), "\(part)")
    }
    let facts = try #require(rebuilt["run"] as? [String: Any]), before = try #require(original["run"] as? [String: Any])
    #expect((facts["participants"] as? [String]) == (before["participants"] as? [String]))
    #expect((facts["refusals"] as? NSArray) == (before["refusals"] as? NSArray))
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.contains("<html lang=\"fr\">") && html.contains("id=\"third-places-table\""))

    let swapped = try CoopProcess.run([
      "report", "--hub", hubURL, "--key", key, "--carpool", shuttle, "--shuttle", shuttle,
      "--third-places", third, "--out", dir.appendingPathComponent("swapped").path,
    ])
    #expect(swapped.status == 1 && swapped.stderr.contains("runs shuttle, not carpool"), "\(swapped.stderr)")
  }

  static func json(_ url: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
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
