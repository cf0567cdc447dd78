import Foundation
import Testing

@testable import CoopMobility

@Suite("Synergy report: exports")
struct ReportExportTests {
  /// The rows of an RFC 4180 text without quoted line breaks, split into fields.
  static func rows(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { line in
      var fields: [String] = []
      var field = ""
      var quoted = false
      for character in line {
        switch character {
        case "\"": quoted.toggle()
        case "," where !quoted:
          fields.append(field)
          field = ""
        default: field.append(character)
        }
      }
      return fields + [field]
    }
  }

  static func features(_ url: URL) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
    let collection = try #require(object as? [String: Any])
    #expect(collection["type"] as? String == "FeatureCollection")
    return try #require(collection["features"] as? [[String: Any]])
  }

  @Test func writesTheReportAndExports() throws {
    let directory = try TestSupport.temporaryDirectory()
    let report = try SynergyReport(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    let files = try report.write(to: directory, language: .english)
    #expect(files.count == 6)
    let html = try String(
      contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html == report.html(language: .english))

    let exports = directory.appendingPathComponent("exports")
    let carpool = try Self.rows(exports.appendingPathComponent("carpool.csv"))
    #expect(carpool.first?.count == 13)
    #expect(carpool.first?.contains("km_saved_per_day_hw95") == true)
    #expect(carpool.count == 5)
    #expect(carpool.allSatisfy { $0.count == 13 })
    let saintPaul = try #require(
      carpool.first { $0.prefix(3) == ["97415", "Saint-Paul", "97411"] })
    #expect(saintPaul[4...5] == ["12", "3"])
    #expect(saintPaul[8...9] == ["8", "2"])
    #expect(saintPaul[12] == "1")

    let shuttle = try Self.rows(exports.appendingPathComponent("shuttle.csv"))
    #expect(shuttle.count == 4)
    #expect(shuttle.first?.last == "above_threshold")
    let places = try Self.rows(exports.appendingPathComponent("third_places.csv"))
    #expect(places.count == 3)
    #expect(places[1][0...1] == ["1", "0"])
    #expect(places[1][10...11] == ["1472.50", "621.73"])

    let flows = try Self.features(exports.appendingPathComponent("flows.geojson"))
    #expect(flows.count == 3)
    let flow = try #require(flows.first)
    let geometry = try #require(flow["geometry"] as? [String: Any])
    #expect(geometry["type"] as? String == "LineString")
    #expect((geometry["coordinates"] as? [[Double]])?.count == 2)
    let properties = try #require(flow["properties"] as? [String: Any])
    #expect(properties["employees"] as? Double == 12)
    #expect(properties["employees_hw95"] as? Double == 3)
    #expect(properties["home_name"] as? String == "Saint-Paul")

    let points = try Self.features(exports.appendingPathComponent("third_places.geojson"))
    #expect(points.count == 2)
    let point = try #require(points.first?["geometry"] as? [String: Any])
    #expect(point["type"] as? String == "Point")
    #expect(point["coordinates"] as? [Double] == [55.47, -20.9])
  }

  /// Every figure worked out by hand: means `sum / count`, half-widths
  /// `(8 + mean·3) / (count − 3)`; third-place km: employees × the pooled carpool mean commute
  /// (589 km / 32 drivers, ± (16 + mean·6) / 26), interval ends multiplied, `2 × km × 1 day`.
  @Test func csvExportsMatchHandComputedFigures() throws {
    let report = try SynergyReport(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    let shuttle = [
      "work_zone,work_name,slot,arrival,riders,riders_hw95,above_threshold",
      "97411,Saint-Denis,7,07:00–08:00,22,3,1",
      "97411,Saint-Denis,8,08:00–09:00,16,3,1",
      "97416,Saint-Pierre,8,08:00–09:00,8,3,0",
    ]
    #expect(report.shuttleCSV() == shuttle.map { $0 + "\r\n" }.joined())
    let places = [
      "place,c,latitude,longitude,commune,commune_name,employees,employees_hw95,commute_km,"
        + "commute_km_hw95,km_avoided_per_week,km_avoided_per_week_hw95",
      "1,0,-20.9,55.47,97411,Saint-Denis,40,5,736.25,310.87,1472.50,621.73",
      "2,1,-21.28,55.5,97416,Saint-Pierre,25,5,460.16,237.92,920.31,475.84",
    ]
    #expect(report.thirdPlacesCSV() == places.map { $0 + "\r\n" }.joined())
  }

  @Test func reportsUnwritableDirectories() throws {
    let report = try SynergyReport(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    let blocker = try TestSupport.temporaryDirectory().appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    #expect(throws: SynergyReportError.self) { try report.write(to: blocker) }
  }
}
