import Foundation
import Testing

@testable import CoopEngine

@Suite("Mappings")
struct MappingTests {
  static let mapping = """
    [source]
    delimiter = ";"
    decimal = ","

    [tables.people]
    [tables.people.columns]
    id = "Matricule"
    name = "Nom"
    mentor = "Tuteur"
    area = { column = "Secteur", map = "name" }
    kind = { column = "Type", values = { "C" = "short", "L" = "long" } }
    trip = { column = "Km", unit = "km" }
    ride = { column = "Trajet", unit = "min" }
    share = "Part"
    start = { column = "Debut", format = "HH:MM" }
    home = { lat = "Lat", lon = "Lon" }
    active = { column = "Actif", values = { "oui" = true, "non" = false } }
    children = { value = 0 }
    """

  static let header = "Matricule;Nom;Tuteur;Secteur;Type;Km;Trajet;Part;Debut;Lat;Lon;Actif\n"

  @Test func unitsFormatsValuesNamesConstantsAndSelfReferences() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = directory.file("edge.sqlite")
    try StoreFixtures.importCSV(
      Self.header
        + "p1;Ana \"A\";p2;nord;C;12,34;1,5;0,126;8h07;-20,9004;55,4;oui\n"
        + "p2;Bo;p1;SUD EST;long;0;90;1;07:53:10;-21;55,7;non\n",
      table: "people", mapping: Self.mapping,
      schema: try StoreFixtures.schema(StoreFixtures.commute),
      into: store, in: directory)
    #expect(
      try StoreFixtures.rows(store, "people") == [
        [
          "p1", "Ana \"A\"", "p2", "10", "short", "12300.0", "90", "0.13", "480", "-20.9", "55.4",
          "1", "0",
        ],
        ["p2", "Bo", "p1", "30", "long", "0.0", "5400", "1.0", "480", "-21.0", "55.7", "0", "0"],
      ])
  }

  @Test func aSelfReferenceToAMissingRowIsReported() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    do {
      try StoreFixtures.importCSV(
        Self.header + "p1;A;p9;nord;C;1;1;0;08:00;-20,9;55,4;oui\n", table: "people",
        mapping: Self.mapping,
        schema: try StoreFixtures.schema(StoreFixtures.commute),
        into: directory.file("edge.sqlite"),
        in: directory)
      Issue.record("expected a rejection")
    } catch ImportError.rejected(let rejection) {
      #expect(
        rejection.problems.map(\.description) == [
          directory.file("data.csv") + ":2: column 'Tuteur' (mentor): no row of people has this key"
        ])
    }
  }

  @Test func latin1FilesAreConverted() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let schema = try StoreFixtures.mobility()
    let path = directory.file("sites.csv")
    try Data(
      [UInt8](
        "id,zone,location_lat,location_lon\nSt-Andr\u{E9},97409,-20.96,55.65\n".unicodeScalars.map {
          UInt8($0.value)
        })
    )
    .write(to: URL(fileURLWithPath: path))
    let mapping = try StoreFixtures.mapping("[source]\nencoding = \"latin1\"\n[tables.sites]\n")
    try StoreImport(schema: schema, mapping: mapping, mappingFile: "m.toml")
      .run(into: directory.file("edge.sqlite"), from: [TableSource(table: "sites", path: path)])
    #expect(try StoreFixtures.rows(directory.file("edge.sqlite"), "sites")[0][0] == "St-André")
    let utf8 = try StoreFixtures.mapping("[tables.sites]\n")
    #expect(throws: ImportError.self) {
      try StoreImport(schema: schema, mapping: utf8, mappingFile: "m.toml")
        .run(into: directory.file("other.sqlite"), from: [TableSource(table: "sites", path: path)])
    }
  }

  @Test func tablesOfAnotherSQLiteDatabase() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let source = directory.file("hr.sqlite")
    try SQLiteConnection(path: source).execute(
      """
      CREATE TABLE depots (code TEXT, insee INTEGER, lat REAL, lon REAL);
      INSERT INTO depots VALUES ('D1', 97407, -20.94, 55.29);
      CREATE TABLE staff (mat TEXT, depot TEXT, zone INTEGER, lat REAL, lon REAL, mode TEXT,
        arr INTEGER, dep INTEGER, days INTEGER);
      INSERT INTO staff VALUES ('a', 'D1', 97407, -20.94, 55.3, 'bus', 480, 960, 5),
        ('b', 'D1', NULL, -20.94, 55.3, 'bus', 480, 960, 5);
      """)
    let mapping = try StoreFixtures.mapping(
      """
      [source]
      format = "sqlite"
      path = "hr.sqlite"
      [tables.sites]
      from = "depots"
      columns = { id = "code", zone = "insee", location = { lat = "lat", lon = "lon" } }
      [tables.employees]
      from = "staff"
      [tables.employees.columns]
      id = "mat"
      site = "depot"
      home_zone = "zone"
      home = { lat = "lat", lon = "lon" }
      arrival = "arr"
      departure = "dep"
      days_on_site = "days"
      telework_eligible = { value = false }
      """)
    let sources = try mapping.sources(file: nil, mappingDirectory: directory.path)
    #expect(sources.map(\.sourceTable) == ["staff", "depots"])
    do {
      try StoreImport(schema: try StoreFixtures.mobility(), mapping: mapping, mappingFile: "m.toml")
        .run(into: directory.file("edge.sqlite"), from: sources)
      Issue.record("expected a rejection")
    } catch ImportError.rejected(let rejection) {
      #expect(
        rejection.problems.map(\.description) == [
          source + "[staff]:2: column 'zone' (home_zone): missing value"
        ])
    }
  }

  @Test(arguments: [
    (
      "[tables.people]\nfrom = 3\n",
      "mapping.toml: tables.people.from: expected a string, found an integer"
    ),
    (
      "[tabels.people]\n",
      "mapping.toml: tabels: unknown key; did you mean 'tables'? (expected source, tables)"
    ),
    (
      "[source]\nformat = \"xlsx\"\n[tables.people]\n",
      "mapping.toml: source.format: unknown format 'xlsx' (expected csv or sqlite)"
    ),
    (
      "[source]\ndecimal = \",\"\n[tables.people]\n",
      "mapping.toml: source.decimal: a decimal comma needs another delimiter, such as \";\""
    ),
    (
      "[tables.people.columns]\nhome = { lat = \"a\" }\n",
      "mapping.toml: tables.people.columns.home: a point needs both 'lat' and 'lon'"
    ),
    (
      "[tables.people.columns]\nkind = { colum = \"a\" }\n",
      "mapping.toml: tables.people.columns.kind.colum: unknown key; did you mean 'column'? (expected column, value, unit, format, map, values)"
    ),
    (
      "[tables.people.columns]\nkind = { column = \"a\", value = \"b\" }\n",
      "mapping.toml: tables.people.columns.kind: give either 'column' or 'value', not both"
    ),
    ("tables = 1\n", "mapping.toml: tables: expected a table, found an integer"),
    ("[source]\n", "mapping.toml: tables: no table is mapped; add a [tables.NAME] section"),
    (
      "a = \n",
      "mapping.toml: line 1: invalid TOML: Error while parsing key-value pair: expected value, saw '\\n'"
    ),
  ])
  func badMappingFilesSayWhereAndWhat(text: String, message: String) {
    #expect(throws: MappingError.self) { try StoreFixtures.mapping(text) }
    do {
      _ = try StoreFixtures.mapping(text)
    } catch let error as MappingError {
      #expect(error.description == message)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test(arguments: [
    (
      "kind = { column = \"Type\", values = { \"X\" = \"huge\" } }",
      "tables.people.columns.kind.values.X: cannot store this for kind: not a Kind (short, long)"
    ),
    (
      "trip = { column = \"Km\", unit = \"mi\" }",
      "tables.people.columns.trip.unit: unknown distance unit 'mi' (expected km, m)"
    ),
    (
      "share = { column = \"Part\", unit = \"km\" }",
      "tables.people.columns.share.unit: a decimal has no unit; units apply to distances and durations"
    ),
    (
      "start = { column = \"Debut\", format = \"H\" }",
      "tables.people.columns.start.format: unknown time format 'H' (expected HH:MM, HHMM, minutes)"
    ),
    (
      "area = { column = \"Secteur\", map = \"postcode\" }",
      "tables.people.columns.area.map: unknown zone lookup 'postcode' (expected code, name)"
    ),
    (
      "name = \"Prenom\"",
      "tables.people.columns.name: data.csv has no column 'Prenom'; its columns are 'Matricule', 'Nom', 'Tuteur', 'Secteur', 'Type', 'Km', 'Trajet', 'Part', 'Debut', 'Lat', 'Lon', 'Actif'"
    ),
    (
      "nam = \"Nom\"",
      "tables.people.columns.nam: table people has no column 'nam'; did you mean 'name'?"
    ),
    (
      "home = \"Lat\"",
      "tables.people.columns.home: home is a point: map it with { lat = \"…\", lon = \"…\" }"
    ),
  ])
  func mappingsThatDoNotFitTheSchemaOrTheFile(line: String, message: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let text =
      Self.mapping.split(separator: "\n").map { row in
        let key = line.prefix { $0 != " " }
        return row.hasPrefix(key + " =") ? line : String(row)
      }.joined(separator: "\n") + (line.hasPrefix("nam ") ? "\n" + line : "")
    let path = try StoreFixtures.write(Self.header, "data.csv", in: directory)
    let planned = try StoreFixtures.mapping(text)
    do {
      try StoreImport(
        schema: try StoreFixtures.schema(StoreFixtures.commute), mapping: planned,
        mappingFile: "mapping.toml"
      )
      .run(into: directory.file("edge.sqlite"), from: [TableSource(table: "people", path: path)])
      Issue.record("expected a mapping error")
    } catch ImportError.mapping(let error) {
      #expect(
        error.description.replacingOccurrences(of: directory.path + "/", with: "")
          == "mapping.toml: " + message)
    }
    #expect(!FileManager.default.fileExists(atPath: directory.file("edge.sqlite")))
  }

  @Test func whichFileFillsWhichTable() throws {
    let one = try StoreFixtures.mapping("[tables.employees]\n")
    #expect(
      try one.sources(file: "e.csv", mappingDirectory: "/m") == [
        TableSource(table: "employees", path: "e.csv")
      ])
    let two = try StoreFixtures.mapping(
      "[tables.sites]\nfrom = \"s.csv\"\n[tables.employees]\nfrom = \"/data/e.csv\"\n")
    #expect(
      try two.sources(file: nil, mappingDirectory: "/m").map(\.path) == ["/data/e.csv", "/m/s.csv"])
    #expect(
      try two.sources(file: nil, explicit: ["sites": "x.csv"], mappingDirectory: "/m").map(\.path)
        == ["x.csv"])
    #expect(throws: ImportError.self) { try two.sources(file: "e.csv", mappingDirectory: "/m") }
    #expect(throws: ImportError.self) {
      try two.sources(file: nil, explicit: ["other": "x.csv"], mappingDirectory: "/m")
    }
    #expect(throws: ImportError.self) { try one.sources(file: nil, mappingDirectory: "/m") }
  }
}
