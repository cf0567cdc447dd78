import CoopLang
import Testing

@testable import CoopEngine

@Suite("Store schema")
struct StoreSchemaTests {
  @Test func theParkingSchemaNeedsNoCodeChange() throws {
    let schema = try StoreFixtures.schema(
      """
      schema parking version 3
      unit employee
      enum Permit { none, shared, reserved }
      zones District {
        1 "North" at -20.90, 55.45 weight 1200
        2 "South" at -21.33, 55.47
      }
      table permits rows per employee 0 .. 1 {
        id: id key
        lot: ref lots
        kind: Permit
        since: time resolution 15 min
      }
      table lots {
        id: id key
        district: District
        spaces: int in 0 .. 2000
      }
      """)
    #expect(schema.tables.map(\.name) == ["lots", "permits"])
    #expect(
      schema.dataDefinition == """
        CREATE TABLE lots (id TEXT PRIMARY KEY NOT NULL, district INTEGER NOT NULL CHECK (district BETWEEN 1 AND 2), spaces INTEGER NOT NULL CHECK (spaces BETWEEN 0 AND 2000));
        CREATE TABLE permits (id TEXT PRIMARY KEY NOT NULL, lot TEXT NOT NULL REFERENCES lots(id), kind TEXT NOT NULL CHECK (kind IN ('none','shared','reserved')), since INTEGER NOT NULL CHECK (since BETWEEN 0 AND 1439));

        """)
  }

  @Test func everyTypeHasItsColumnsAndChecks() throws {
    let table = try #require(try StoreFixtures.schema(StoreFixtures.commute).table("people"))
    #expect(
      table.createStatement
        == "CREATE TABLE people (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
        + "mentor TEXT NOT NULL REFERENCES people(id), area INTEGER NOT NULL CHECK (area IN (10,30)), "
        + "kind TEXT NOT NULL CHECK (kind IN ('short','long')), "
        + "trip REAL NOT NULL CHECK (trip BETWEEN 0 AND 200000), "
        + "ride INTEGER NOT NULL CHECK (ride BETWEEN 0 AND 10800), "
        + "share REAL NOT NULL CHECK (share BETWEEN 0 AND 1), "
        + "start INTEGER NOT NULL CHECK (start BETWEEN 300 AND 1320), "
        + "home_lat REAL NOT NULL, home_lon REAL NOT NULL, "
        + "active INTEGER NOT NULL CHECK (active IN (0,1)), "
        + "children INTEGER NOT NULL CHECK (children BETWEEN 0 AND 20))")
  }

  @Test func contiguousZoneCodesUseBetween() {
    #expect(StoreSchema.zoneCheck("z", codes: [3, 1, 2]) == "z BETWEEN 1 AND 3")
    #expect(StoreSchema.zoneCheck("z", codes: [1, 3]) == "z IN (1,3)")
  }

  @Test func quotesInEnumCasesAreEscaped() {
    #expect(StoreSchema.quoted("it's") == "'it''s'")
  }
}
