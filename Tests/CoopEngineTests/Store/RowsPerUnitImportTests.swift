import Foundation
import Testing

@testable import CoopEngine

/// `rows per UNIT N .. M by COLUMN`: the import refuses more than M rows for one value of the unit
/// column, names the line, and changes nothing.
@Suite("Import: rows per unit")
struct RowsPerUnitImportTests {
  static let schema = """
    schema waste version 1
    unit company
    table companies rows per company 1 {
      id: id key
    }
    table flows rows per company 1 .. 2 by company {
      id: id key
      company: ref companies
      tonnes: int in 0 .. 1000
    }
    """
  static let mapping = "[tables.companies]\n[tables.flows]\n"

  private func store(_ directory: TemporaryDirectory) throws -> (StoreSchema, String) {
    let schema = try StoreFixtures.schema(Self.schema)
    let store = directory.file("edge.sqlite")
    try StoreFixtures.importCSV(
      "id\nc1\nc2\n", named: "companies.csv", table: "companies", mapping: Self.mapping, schema: schema,
      into: store, in: directory)
    return (schema, store)
  }

  @Test func atMostTheDeclaredRowsPerUnitImport() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (schema, store) = try store(directory)
    let summary = try StoreFixtures.importCSV(
      "id,company,tonnes\nf1,c1,10\nf2,c1,20\nf3,c2,5\n", named: "flows.csv", table: "flows",
      mapping: Self.mapping, schema: schema, into: store, in: directory)
    #expect(summary.tables.map(\.rows) == [3])
  }

  @Test func aUnitWithTooManyRowsIsRefusedAndNothingChanges() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (schema, store) = try store(directory)
    try StoreFixtures.importCSV(
      "id,company,tonnes\nf1,c1,10\n", named: "flows.csv", table: "flows", mapping: Self.mapping, schema: schema,
      into: store, in: directory)
    do {
      try StoreFixtures.importCSV(
        "id,company,tonnes\nf1,c1,10\nf2,c2,1\nf3,c1,20\nf4,c1,30\n", named: "flows.csv", table: "flows",
        mapping: Self.mapping, schema: schema, into: store, in: directory)
      Issue.record("a third row for c1 was accepted")
    } catch ImportError.rejected(let rejection) {
      #expect(rejection.total == 1)
      let problem = try #require(rejection.problems.first)
      #expect(problem.line == 5)
      #expect(problem.description.contains("more than 2 rows for this company"))
    }
    #expect(try StoreFixtures.rows(store, "flows") == [["f1", "c1", "10"]])
  }
}
