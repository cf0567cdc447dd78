import Foundation
import Testing

@testable import CoopMobility

@Suite("Output files")
struct OutputTests {
  @Test func sqliteFilesSatisfyTheLayout() throws {
    let (directory, summary) = try TestSupport.writtenDataSet(companies: 5, employees: 800, seed: 4)
    #expect(summary.companies.reduce(0) { $0 + $1.employees } == 800)
    for company in summary.companies {
      let file = directory.appendingPathComponent(company.key + ".sqlite")
      #expect(try TestSupport.query(file, "PRAGMA foreign_key_check").isEmpty)
      #expect(try TestSupport.query(file, "PRAGMA integrity_check") == [["ok"]])
      let tables = try TestSupport.query(
        file, "SELECT sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
      #expect(
        tables.map { $0[0] + ";" } == [
          MobilityStoreLayout.employeesTable, MobilityStoreLayout.sitesTable,
        ])
      #expect(
        try TestSupport.query(file, "SELECT count(*) FROM employees") == [["\(company.employees)"]])
      #expect(try TestSupport.query(file, "SELECT count(*) FROM sites") == [["\(company.sites)"]])
      let orphans = try TestSupport.query(
        file, "SELECT count(*) FROM employees WHERE site NOT IN (SELECT id FROM sites)")
      #expect(orphans == [["0"]])
    }
  }

  @Test func csvFilesMirrorTheTables() throws {
    let (directory, summary) = try TestSupport.writtenDataSet(companies: 3, employees: 300, seed: 4)
    for company in summary.companies {
      let folder = directory.appendingPathComponent(company.key)
      let employees = try String(
        contentsOf: folder.appendingPathComponent("employees.csv"), encoding: .utf8)
      let lines = employees.components(separatedBy: "\r\n").filter { !$0.isEmpty }
      #expect(lines.first == MobilityStoreLayout.employeesColumns.joined(separator: ","))
      #expect(lines.count == company.employees + 1)
      let sqlite = directory.appendingPathComponent(company.key + ".sqlite")
      let firstRow = try TestSupport.query(sqlite, "SELECT * FROM employees ORDER BY rowid LIMIT 1")
      #expect(lines.dropFirst().first == firstRow.first?.joined(separator: ","))
      let sites = try String(
        contentsOf: folder.appendingPathComponent("sites.csv"), encoding: .utf8)
      #expect(sites.hasPrefix("id,zone,location_lat,location_lon\r\n"))
    }
    let listing = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!listing.contains { $0.contains(".tmp-") })
  }

  @Test func csvFieldsAreQuotedPerRFC4180() {
    #expect(StoreValue.text("plain").csvField == "plain")
    #expect(StoreValue.text("a,b").csvField == "\"a,b\"")
    #expect(StoreValue.text("say \"hi\"").csvField == "\"say \"\"hi\"\"\"")
    #expect(StoreValue.real(-21.125).csvField == "-21.125")
    #expect(StoreValue.integer(97411).csvField == "97411")
  }

  @Test func sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() throws {
    let (first, summary) = try TestSupport.writtenDataSet(companies: 4, employees: 600, seed: 21)
    let (second, _) = try TestSupport.writtenDataSet(companies: 4, employees: 600, seed: 21)
    let (other, _) = try TestSupport.writtenDataSet(companies: 4, employees: 600, seed: 22)
    var paths = ["companies.json"]
    for company in summary.companies {
      paths += [
        company.key + ".sqlite", company.key + "/sites.csv", company.key + "/employees.csv",
      ]
    }
    for path in paths {
      let a = try Data(contentsOf: first.appendingPathComponent(path))
      #expect(a == (try Data(contentsOf: second.appendingPathComponent(path))), "\(path)")
      #expect(a != (try? Data(contentsOf: other.appendingPathComponent(path))), "\(path)")
    }
  }

  @Test func unwritableDirectoryIsATypedError() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let synthesizer = try Synthesizer(
      communes: try TestSupport.communes(),
      options: SynthesisOptions(companies: 1, employees: 1, seed: 1))
    #expect(throws: SynthesisError.self) {
      try synthesizer.write(to: file.appendingPathComponent("out"))
    }
  }
}
