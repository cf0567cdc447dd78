import Foundation
import Testing

@Suite("coop report")
struct ReportCommandTests {
  /// `Golden/report-input.json`: a small run as the hub would write it.
  static let input = HelpGoldenTests.goldenDirectory.appendingPathComponent("report-input.json")

  @Test func writesThePageAndExports() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let out = directory.file("out")
    let result = try CoopProcess(directory: directory.path).run(
      "report", "--input", Self.input.path, "--out", out, "--lang", "en")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "wrote 6 files to \(out) (en)\n")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("Saint-Paul → Saint-Denis"))
    #expect(html.contains("Total cost for each employee: ε = 2.7."))
    for name in [
      "carpool.csv", "shuttle.csv", "third_places.csv", "flows.geojson", "third_places.geojson",
    ] {
      #expect(FileManager.default.fileExists(atPath: out + "/exports/" + name), "\(name)")
    }
    let shuttle = try String(contentsOfFile: out + "/exports/shuttle.csv", encoding: .utf8)
    #expect(shuttle.contains("97411,Saint-Denis,7,07:00–08:00,22,9,1\r\n"))
  }

  @Test func frenchIsTheDefault() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try CoopProcess(directory: directory.path).run(
      "report", "--input", Self.input.path, "--out", directory.file("out"), "--quiet")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let html = try String(contentsOfFile: directory.file("out/report.html"), encoding: .utf8)
    #expect(html.contains("<html lang=\"fr\">"))
  }

  @Test func rejectsAnInputThatIsNotAReportInput() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var text = try String(contentsOf: Self.input, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"epsilon\": \"1\"", with: "\"epsilon\": \"lots\"")
    try text.write(toFile: directory.file("bad.json"), atomically: true, encoding: .utf8)
    let result = try CoopProcess(directory: directory.path).run(
      "report", "--input", directory.file("bad.json"), "--out", directory.file("out"))
    #expect(result.status == 1)
    #expect(result.stderr.contains("run.algorithms[0].epsilon"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: directory.file("out/report.html")))
  }

  @Test func rejectsTablesOfAnotherShape() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var text = try String(contentsOf: Self.input, encoding: .utf8)
    text = text.replacingOccurrences(
      of: #""work_zone",(\s*)"slot""#, with: #""zone",$1"slot""#, options: .regularExpression)
    try text.write(toFile: directory.file("shape.json"), atomically: true, encoding: .utf8)
    let result = try CoopProcess(directory: directory.path).run(
      "report", "--input", directory.file("shape.json"), "--out", directory.file("out"))
    #expect(result.status == 1)
    #expect(result.stderr.contains("table 'shuttle' has keys"), "\(result.stderr)")
  }

  @Test(arguments: [
    ["report", "--input", "missing.json", "--out", "out"],
    ["report", "--input", "x.json", "--out", "out", "--lang", "de"],
    ["report", "--out", "out"],
  ])
  func usageAndFileErrorsExitWithStatusTwo(arguments: [String]) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try CoopProcess(directory: directory.path).run(arguments)
    #expect(result.status == 2, "\(result.stderr)")
  }
}
