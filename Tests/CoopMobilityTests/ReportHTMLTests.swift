import Foundation
import Testing

@testable import CoopMobility

@Suite("Synergy report: HTML")
struct ReportHTMLTests {
  static func report() throws -> SynergyReport {
    try SynergyReport(input: try ReportFixtures.small(), communes: try TestSupport.communes())
  }

  /// The number of times `needle` occurs in `text`.
  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  /// The `<tbody>` rows of the table with `id`.
  static func bodyRows(_ id: String, in html: String) -> Int {
    guard let table = html.range(of: "<table id=\"\(id)\"") else { return -1 }
    let rest = html[table.upperBound...]
    guard let end = rest.range(of: "</tbody>") else { return -1 }
    return count("<tr>", in: String(rest[..<end.lowerBound])) - 1  // minus the header row
  }

  @Test func frenchPageHasTheMapAndTables() throws {
    let html = try Self.report().html()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
    #expect(Self.count("class=\"commune\"", in: html) == 24)
    #expect(html.contains("<title>L&#39;Étang-Salé</title>"))
    #expect(Self.count("marker-end=\"url(#arrow)\"", in: html) == 3)
    #expect(Self.count("<g class=\"place\">", in: html) == 2)
    // One shuttle line (Saint-Denis, 2 departures), drawn as a square with its tooltip.
    #expect(Self.count("<g class=\"shuttle\">", in: html) == 1)
    #expect(
      html.contains(
        "<title>Navette vers Saint-Denis : 2 départ(s), 38\u{A0}±\u{A0}4 salariés</title>"))
    #expect(html.contains("ligne de navette (nombre de départs)"))
    #expect(Self.bodyRows("carpool-table", in: html) == 3)
    #expect(Self.bodyRows("shuttle-table", in: html) == 2)
    #expect(Self.bodyRows("third-places-table", in: html) == 2)
    #expect(Self.bodyRows("algorithms", in: html) == 3)
    #expect(html.contains("Saint-Paul → Saint-Denis"))
    #expect(html.contains("07:00–08:00"))
    #expect(html.contains("<th scope=\"row\">Saint-Denis</th>"))
    #expect(
      html.contains(
        "<td class=\"num\" data-label=\"Voitures en moins / jour\">8\u{A0}±\u{A0}2</td>"))
    #expect(html.contains("1\u{202F}473\u{A0}±\u{A0}622"))
    #expect(html.contains("Coût total pour chaque salarié : ε = 2,7."))
    #expect(html.contains("covoiturage 30, navettes 12, tiers-lieux 1"))
    #expect(html.contains("deux fois la marge d’erreur du bruit"))
    #expect(html.contains("plafonnées à 40 km"))
    #expect(html.contains("Navettes : 1 lignes, une par commune de travail, avec 2 départs"))
    #expect(html.contains("<caption id=\"carpool-table-caption\">"))
    #expect(html.contains("<th scope=\"col\""))
    #expect(html.contains("<th scope=\"row\">Saint-Paul → Saint-Denis</th>"))
    #expect(html.contains("viewBox=\"0 0 "))
    #expect(html.contains("27 novembre 2026"))
  }

  @Test func englishPage() throws {
    let html = try Self.report().html(language: .english)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<h2 id=\"carpool-h\">Carpooling</h2>"))
    #expect(html.contains("Total cost for each employee: ε = 2.7."))
    #expect(html.contains("1,473\u{A0}±\u{A0}622"))
    #expect(html.contains("27 November 2026"))
    #expect(Self.count("class=\"commune\"", in: html) == 24)
    #expect(!html.contains("Covoiturage"))
  }

  @Test func escapesEveryInputString() throws {
    let html = try Self.report().html()
    #expect(!html.contains("<script"))
    #expect(html.contains("Sucrerie &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("Hôtel L&#39;Océan &amp; Co"))
  }

  @Test func isSelfContained() throws {
    let html = try Self.report().html()
    // The only URL is the SVG namespace, which is a name and is never fetched.
    let withoutNamespace = html.replacingOccurrences(
      of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(!withoutNamespace.contains("http:"))
    #expect(!withoutNamespace.contains("https:"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(html.contains("Content-Security-Policy"))
  }

  @Test func emptyResultsSayso() throws {
    var input = try ReportFixtures.small()
    input.carpool.cells = []
    input.shuttle.cells = []
    input.thirdPlaces.lastRound.cells = []
    input.run.refusals = []
    let html = try SynergyReport(input: input, communes: try TestSupport.communes()).html()
    #expect(html.contains("Aucun trajet n’atteint le seuil."))
    #expect(html.contains("Aucune heure d’arrivée n’atteint le seuil."))
    #expect(html.contains("Aucun tiers-lieu publié."))
    #expect(html.contains("Aucune entreprise n’a refusé."))
    #expect(Self.count("class=\"commune\"", in: html) == 24)
  }

  @Test func longTablesLeaveTheRestToTheExports() throws {
    var input = try ReportFixtures.small()
    input.assumptions.tableRowLimit = 1
    let html = try SynergyReport(input: input, communes: try TestSupport.communes()).html()
    #expect(Self.bodyRows("carpool-table", in: html) == 1)
    #expect(html.contains("2 autres figurent dans exports/carpool.csv"))
    #expect(html.contains("Total (3 trajets)"))
    #expect(Self.bodyRows("shuttle-table", in: html) == 1)
  }

  @Test func sameInputSameBytes() throws {
    #expect(try Self.report().html() == (try Self.report().html()))
  }
}
