import Foundation
import Testing

@testable import CoopEngine

@Suite("Import")
struct ImportTests {
  static let sites =
    "id,zone,location_lat,location_lon\ns1,97411,-20.9,55.45\ns2,97416,-21.3,55.5\n"
  static let header =
    "id,site,home_zone,home_lat,home_lon,mode,arrival,departure,days_on_site,telework_eligible\n"
  static let identity = "[tables.sites]\n[tables.employees]\n"

  private func importSites(
    _ schema: StoreSchema, into store: String, _ directory: TemporaryDirectory
  ) throws {
    try StoreFixtures.importCSV(
      Self.sites, named: "sites.csv", table: "sites", mapping: Self.identity, schema: schema,
      into: store,
      in: directory)
  }

  /// A store with both sites and one employee, e1, working at `site`.
  private func storeWithOneEmployee(at site: String, _ directory: TemporaryDirectory) throws
    -> (StoreSchema, String)
  {
    let schema = try StoreFixtures.mobility()
    let store = directory.file("edge.sqlite")
    try importSites(schema, into: store, directory)
    try StoreFixtures.importCSV(
      Self.header + "e1,\(site),97411,-20.9,55.45,car_solo,480,1020,5,1\n", table: "employees",
      mapping: Self.identity, schema: schema, into: store, in: directory)
    return (schema, store)
  }

  private func rejection(_ body: () throws -> Void) throws -> ImportRejection {
    do {
      try body()
    } catch let error as ImportError {
      if case .rejected(let rejection) = error { return rejection }
      throw error
    }
    Issue.record("expected a rejection")
    return ImportRejection(problems: [], total: 0)
  }

  @Test func theStoresOwnLayoutImportsWithAnEmptyMapping() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let store = directory.file("edge.sqlite")
    try importSites(schema, into: store, directory)
    let summary = try StoreFixtures.importCSV(
      Self.header
        + "e1,s1,97411,-20.9051,55.45,car_solo,480,1020,5,1\ne2,s2,97416,-21.3,55.5,bus,08:32,17:00,0,0\n",
      table: "employees", mapping: Self.identity, schema: schema, into: store, in: directory)
    #expect(summary.tables.map(\.rows) == [2] && !summary.created)
    #expect(
      try StoreFixtures.rows(store, "employees") == [
        ["e1", "s1", "97411", "-20.905", "55.45", "car_solo", "480", "1020", "5", "1"],
        ["e2", "s2", "97416", "-21.3", "55.5", "bus", "510", "1020", "0", "0"],
      ])
    try EdgeStore(readingAt: store).verify(matches: schema)
    let info = try EdgeStore(readingAt: store).info(schema: schema)
    #expect(info.tables.map(\.rows) == [2, 2])
    #expect(info.tables[1].source == directory.file("data.csv"))
  }

  @Test func everyKindOfBadRowIsReportedWithItsLine() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let store = directory.file("edge.sqlite")
    try importSites(schema, into: store, directory)
    let csv =
      Self.header
      + "e1,s1,97411,-20.9,55.45,car_solo,480,1020,5,1\n"  // 2: good
      + "e2,s9,97411,-20.9,55.45,car_solo,480,1020,5,1\n"  // 3: unknown site
      + "e3,s1,97499,-20.9,55.45,plane,25:00,1020,8,2\n"  // 4: zone, mode, time, range, bool
      + "e1,s1,97411,-20.9,55.45,car_solo,480,1020,5,1\n"  // 5: second row for e1
      + "e5,s1,97411,north,195,car_solo,480,1020,5.5,1\n"  // 6: not a number, latitude range, fraction
      + ",s1,97411,-20.9,55.45,car_solo,480,1020,5,1\n"  // 7: missing id
      + "e7,s1\n"  // 8: field count
      + "\"e8,s1\n"  // 9: unterminated quote
    let rejection = try rejection {
      try StoreFixtures.importCSV(
        csv, table: "employees", mapping: Self.identity, schema: schema, into: store, in: directory)
    }
    let path = directory.file("data.csv")
    #expect(
      rejection.problems.map(\.description) == [
        "\(path):3: column 'site': no row of sites has this key",
        "\(path):4: column 'home_zone': no zone of Zone has this code",
        "\(path):4: column 'mode': not a Mode (car_solo, car_passenger, bus, bike, walk, motorbike, telework, other)",
        "\(path):4: column 'arrival': not a time of day in the format HH:MM",
        "\(path):4: column 'days_on_site': out of range 0 .. 7",
        "\(path):4: column 'telework_eligible': not a boolean (1, 0, true or false)",
        "\(path):5: column 'id': duplicate key, first on line 2 (one row per employee)",
        "\(path):6: column 'home_lat': not a number",
        "\(path):6: column 'home_lon': out of range -180 .. 180",
        "\(path):6: column 'days_on_site': not a whole number",
        "\(path):7: column 'id': missing value",
        "\(path):8: 2 fields, but the header has 10",
        "\(path):9: malformed CSV: a quoted field opened here is never closed",
      ])
    #expect(rejection.total == 13)
    #expect(try StoreFixtures.rows(store, "employees").isEmpty)
  }

  @Test func aRowWithABadValueStillCountsForDuplicateKeys() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let store = directory.file("edge.sqlite")
    try importSites(schema, into: store, directory)
    let rejection = try rejection {
      try StoreFixtures.importCSV(
        Self.header + "e1,s1,97411,-20.9,55.45,plane,480,1020,5,1\n"
          + "e1,s1,97411,-20.9,55.45,bus,480,1020,5,1\n", table: "employees",
        mapping: Self.identity, schema: schema, into: store, in: directory)
    }
    #expect(
      rejection.problems.map(\.problem) == [
        .unknownCase(name: "Mode", cases: schema.model.enums["Mode"]?.cases ?? [], mapped: false),
        .duplicateKey(firstLine: 2, unit: "employee"),
      ])
  }

  @Test func valuesAreShownOnlyWhenAskedAndTheListIsCapped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    var options = ImportOptions()
    options.showValues = true
    options.maxProblems = 2
    let rows = (1...5).map { "e\($0),s1,97411,-20.9,55.45,plane,480,1020,5,1\n" }.joined()
    let rejection = try rejection {
      try StoreFixtures.importCSV(
        Self.sites, named: "sites.csv", table: "sites", mapping: Self.identity, schema: schema,
        into: directory.file("edge.sqlite"), in: directory)
      try StoreFixtures.importCSV(
        Self.header + rows, table: "employees", mapping: Self.identity, schema: schema,
        into: directory.file("edge.sqlite"), in: directory, options: options)
    }
    #expect(rejection.total == 5 && rejection.problems.count == 2)
    #expect(rejection.problems[0].description.hasSuffix("(value 'plane')"))
    #expect(rejection.description.contains("… and 3 more problems"))
  }

  @Test func aRejectedImportLeavesTheStoreByteIdentical() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (schema, store) = try storeWithOneEmployee(at: "s1", directory)
    let before = try Data(contentsOf: URL(fileURLWithPath: store))
    let good = (2...500).map { "e\($0),s1,97411,-20.9,55.45,bus,480,1020,5,1\n" }.joined()
    _ = try rejection {
      try StoreFixtures.importCSV(
        Self.header + good + "bad,s1,97411,-20.9,55.45,bus,480,1020,9,1\n", table: "employees",
        mapping: Self.identity, schema: schema, into: store, in: directory)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
  }

  @Test func aRejectedFirstImportCreatesNoStore() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = directory.file("edge.sqlite")
    _ = try rejection {
      try StoreFixtures.importCSV(
        "id,zone,location_lat,location_lon\ns1,1,0,0\n", table: "sites", mapping: Self.identity,
        schema: try StoreFixtures.mobility(), into: store, in: directory)
    }
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func reimportReplacesTheTable() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let store = directory.file("edge.sqlite")
    try importSites(schema, into: store, directory)
    for ids in [["a", "b", "c"], ["d"]] {
      let rows = ids.map { "\($0),s1,97411,-20.9,55.45,walk,480,1020,5,1\n" }.joined()
      try StoreFixtures.importCSV(
        Self.header + rows, table: "employees", mapping: Self.identity, schema: schema, into: store,
        in: directory)
    }
    #expect(try StoreFixtures.rows(store, "employees").map { $0[0] } == ["d"])
  }

  @Test func replacingAParentMustKeepTheChildrensRows() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (schema, store) = try storeWithOneEmployee(at: "s2", directory)
    let rejection = try rejection {
      try StoreFixtures.importCSV(
        "id,zone,location_lat,location_lon\ns1,97411,-20.9,55.45\n", named: "sites.csv",
        table: "sites",
        mapping: Self.identity, schema: schema, into: store, in: directory)
    }
    #expect(
      rejection.problems.map(\.description) == [
        "\(store): table employees: 1 row refer to sites rows the new data no longer has; "
          + "import employees again, or both tables together"
      ])
    #expect(try StoreFixtures.rows(store, "sites").count == 2)
  }

  @Test func anEmptyParentTableIsNamedInTheProblem() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let rejection = try rejection {
      try StoreFixtures.importCSV(
        Self.header + "e1,s1,97411,-20.9,55.45,car_solo,480,1020,5,1\n", table: "employees",
        mapping: Self.identity, schema: try StoreFixtures.mobility(),
        into: directory.file("edge.sqlite"),
        in: directory)
    }
    #expect(rejection.problems.first?.problem == .unknownReference(table: "sites", empty: true))
  }

  @Test func aStoreOfAnotherSchemaIsNotTouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = directory.file("edge.sqlite")
    try EdgeStore.create(at: store, for: try StoreFixtures.schema(StoreFixtures.commute))
    #expect(throws: ImportError.self) {
      try StoreFixtures.importCSV(
        Self.sites, table: "sites", mapping: Self.identity, schema: try StoreFixtures.mobility(),
        into: store, in: directory)
    }
  }
}
