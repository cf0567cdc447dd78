import CoopEngine
import Foundation
import Testing

@testable import CoopMobility

@Suite("Synergy report: end to end on synthetic data")
struct ReportEndToEndTests {
  /// 3 companies, 3,000 employees, the three final algorithms run by the engine, the report
  /// built from their real tables: every published cell is in the exports, and in the page or
  /// left to the exports with a note.
  @Test func reportFromRealRuns() throws {
    let input = try EndToEndRuns.input()
    let (carpool, shuttle) = (input.carpool, input.shuttle)
    let lastRound = input.thirdPlaces.lastRound
    #expect(carpool.keyNames == ["home_zone", "work_zone"])
    #expect(shuttle.keyNames == ["work_zone", "slot"])
    #expect(lastRound.keyNames == ["c"])
    #expect(lastRound.round == 2)
    #expect(input.run.algorithms.map(\.epsilon.description) == ["1", "0.5", "1.2"])
    #expect(input.thirdPlaces.centres.count == 6)

    let report = try SynergyReport(input: input, communes: try TestSupport.communes())
    let analysis = report.analysis
    #expect(!analysis.carpoolCells.isEmpty, "3,000 employees give some published corridors")
    #expect(!analysis.thirdPlaces.isEmpty)
    #expect(analysis.maximumKilometres == 40)
    #expect(analysis.carpoolCells.allSatisfy { $0.meanKilometres.upper <= 80 })

    // Kept for a look after the run, next to the browser test's screenshots.
    let out = ReportBrowserTests.artifacts.appendingPathComponent("end-to-end")
    try? FileManager.default.removeItem(at: out)
    try report.write(to: out, language: .french)
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(ReportHTMLTests.count("class=\"commune\"", in: html) == 24)
    let limit = input.assumptions.tableRowLimit
    try Self.expectShownOrCapped(
      "carpool-table", rows: analysis.carpool.count, file: "carpool.csv", limit: limit, in: html)
    try Self.expectShownOrCapped(
      "shuttle-table", rows: analysis.shuttleDepartures.count, file: "shuttle.csv", limit: limit,
      in: html)
    #expect(
      ReportHTMLTests.bodyRows("third-places-table", in: html) == analysis.thirdPlaces.count)
    for candidate in analysis.carpool.prefix(limit) {
      let names = [candidate.cell.home, candidate.cell.work].map { report.communes[$0]?.name ?? "" }
      #expect(html.contains(HTMLText.escape(names.joined(separator: " → "))))
    }

    let exports = out.appendingPathComponent("exports")
    let csv = { (name: String) in try ReportExportTests.rows(exports.appendingPathComponent(name)) }
    #expect(try csv("carpool.csv").count == carpool.cells.count + 1)
    #expect(try csv("shuttle.csv").count == shuttle.cells.count + 1)
    #expect(try csv("third_places.csv").count == analysis.thirdPlaces.count + 1)
    #expect(analysis.thirdPlaces.count + analysis.thirdPlacesNoiseOnly == lastRound.cells.count)
    let flows = try ReportExportTests.features(exports.appendingPathComponent("flows.geojson"))
    #expect(flows.count == analysis.flows.count)

    // What `coop report --input` reads renders the same page.
    let decoded = try SynergyReportInput(json: try input.json())
    let again = try SynergyReport(input: decoded, communes: try TestSupport.communes())
    #expect(again.html() == html)
  }

  /// A table shows all its rows, or the first `limit` and a note naming the export.
  static func expectShownOrCapped(
    _ id: String, rows: Int, file: String, limit: Int, in html: String
  ) throws {
    if rows == 0 {
      #expect(!html.contains("<table id=\"\(id)\""))
      return
    }
    #expect(ReportHTMLTests.bodyRows(id, in: html) == min(rows, limit))
    #expect(html.contains("exports/\(file)") == (rows > limit), "\(id): \(rows) rows")
  }
}
