import CoopEngine
import CoopLang
import Foundation
import Testing

@testable import CoopMobility

/// The engine's store generated from the mobility schema is the layout the generator writes.
@Suite("Mobility store layout")
struct StoreLayoutTests {
  static func mobilitySchema() throws -> StoreSchema {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let catalog = SchemaCatalog(directories: [
      root.appendingPathComponent("Algorithms/schemas").path
    ])
    return StoreSchema(try catalog.load("mobility"))
  }

  @Test func generatedDefinitionsEqualTheGeneratorsLayout() throws {
    let schema = try Self.mobilitySchema()
    #expect(schema.tables.map(\.name) == ["sites", "employees"])
    #expect(schema.tables[0].createStatement + ";" == MobilityStoreLayout.sitesTable)
    #expect(schema.tables[1].createStatement + ";" == MobilityStoreLayout.employeesTable)
    #expect(schema.tables[0].columns.map(\.name) == MobilityStoreLayout.sitesColumns)
    #expect(schema.tables[1].columns.map(\.name) == MobilityStoreLayout.employeesColumns)
  }

  @Test func generatedStoresHaveTheSchemasLayout() throws {
    let (directory, _) = try TestSupport.writtenDataSet(companies: 1, employees: 20, seed: 3)
    let rows = try TestSupport.query(
      directory.appendingPathComponent("company-01.sqlite"),
      "SELECT sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    let schema = try Self.mobilitySchema()
    #expect(rows.map { $0[0] } == schema.tables.map(\.createStatement))
  }
}
