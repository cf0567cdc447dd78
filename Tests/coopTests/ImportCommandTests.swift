import Foundation
import Testing

@Suite("coop import")
struct ImportCommandTests {
  static let examples = CoopProcess.repositoryRoot.appendingPathComponent("Docs/examples/import")
  /// `import` with the repository's schemas, for runs in a temporary directory.
  static let importing = [
    "import", "--schemas",
    CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path,
  ]

  @Test("the synthetic CSV files import into the same rows as the synthetic stores")
  func synthesizedFiles() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let synth = try CoopProcess.run(
      [
        "synth", "--companies", "2", "--employees", "300", "--seed", "7", "--out", dir.path,
        "--quiet",
      ])
    #expect(synth.status == 0)
    let mapping = dir.appendingPathComponent("identity.toml").path
    try "[tables.sites]\n[tables.employees]\n".write(
      toFile: mapping, atomically: true, encoding: .utf8)
    for company in ["company-01", "company-02"] {
      let store = dir.appendingPathComponent(company + "-imported.sqlite").path
      let csv = dir.appendingPathComponent(company).path
      let result = try CoopProcess.run([
        "import", "--schema", "mobility", "--mapping", mapping, "--into", store, "--quiet",
        "--table", "sites=\(csv)/sites.csv", "--table", "employees=\(csv)/employees.csv",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let original = dir.appendingPathComponent(company + ".sqlite").path
      for table in ["sites", "employees"] {
        let sql = "SELECT * FROM \(table) ORDER BY id"
        #expect(try SQLiteQuery.rows(store, sql) == SQLiteQuery.rows(original, sql))
      }
    }
  }

  @Test("one CSV file per run, as the mapping of its one table says: coop import … FILE.csv")
  func oneFilePerRun() throws {
    let dir = try CoopProcess.temporaryDirectory()
    _ = try CoopProcess.run(
      ["synth", "--companies", "1", "--employees", "40", "--out", dir.path, "--quiet"])
    let store = dir.appendingPathComponent("edge.sqlite").path
    for table in ["sites", "employees"] {
      let mapping = dir.appendingPathComponent(table + ".toml").path
      try "[tables.\(table)]\n".write(toFile: mapping, atomically: true, encoding: .utf8)
      let csv = dir.appendingPathComponent("company-01/\(table).csv").path
      let result = try CoopProcess.run(
        ["import", "--schema", "mobility", "--mapping", mapping, "--into", store, csv])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("\(table): "))
    }
    let original = dir.appendingPathComponent("company-01.sqlite").path
    let sql = "SELECT * FROM employees ORDER BY id"
    #expect(try SQLiteQuery.rows(store, sql) == SQLiteQuery.rows(original, sql))
  }

  @Test(
    "the documentation's example companies import",
    arguments: [
      ("sucrerie-du-gol", [2, 8]), ("port-est-logistique", [2, 8]),
    ])
  func examples(company: String, rows: [Int]) throws {
    let dir = try CoopProcess.temporaryDirectory()
    let store = dir.appendingPathComponent("edge.sqlite").path
    let mapping = Self.examples.appendingPathComponent(company + "/mapping.toml").path
    let result = try CoopProcess.run([
      "import", "--schema", "mobility", "--mapping", mapping, "--into", store,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("created \(store)\n"))
    let counts = try ["sites", "employees"].map {
      try SQLiteQuery.rows(store, "SELECT count(*) FROM \($0)")[0][0]
    }
    #expect(counts == rows.map(String.init))
  }

  @Test("the SQLite example reads postcodes, not INSEE codes: 97419 is La Possession")
  func sqliteExample() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let folder = Self.examples.appendingPathComponent("clinique-des-camelias")
    for name in ["mapping.toml", "rh.sql"] {
      try FileManager.default.copyItem(
        at: folder.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    let script = try String(contentsOf: dir.appendingPathComponent("rh.sql"), encoding: .utf8)
    _ = try SQLiteQuery.rows(dir.appendingPathComponent("rh.sqlite").path, script, write: true)
    let result = try CoopProcess.run(
      Self.importing + [
        "--schema", "mobility", "--mapping", "mapping.toml", "--into", "edge.sqlite",
      ], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let store = dir.appendingPathComponent("edge.sqlite").path
    #expect(
      try SQLiteQuery.rows(store, "SELECT home_zone FROM employees WHERE id = 'C03'") == [["97408"]]
    )
  }

  @Test("bad rows exit 1 with FILE:LINE, and the store is unchanged")
  func rejected() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let folder = Self.examples.appendingPathComponent("port-est-logistique")
    for name in ["mapping.toml", "depots.csv", "staff.csv"] {
      try FileManager.default.copyItem(
        at: folder.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    let first = try CoopProcess.run(
      Self.importing + [
        "--schema", "mobility", "--mapping", "mapping.toml", "--into", "edge.sqlite",
      ], in: dir)
    #expect(first.status == 0)
    let store = dir.appendingPathComponent("edge.sqlite")
    let before = try Data(contentsOf: store)
    let staff = dir.appendingPathComponent("staff.csv")
    var text = try String(contentsOf: staff, encoding: .utf8)
    text +=
      "E-109,PORT-1,Atlantis,-20.9,55.3,CAR,0600,1400,5,N\nE-110,PORT-1,Le Port,-20.9,55.3,TRAIN,0600,1400,5,N\n"
    try text.write(to: staff, atomically: true, encoding: .utf8)
    let result = try CoopProcess.run(
      Self.importing + [
        "--schema", "mobility", "--mapping", "mapping.toml", "--into", "edge.sqlite", "--table",
        "employees=staff.csv",
      ],
      in: dir)
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        staff.csv:10: column 'home_town' (home_zone): no zone of Zone has this name
        staff.csv:11: column 'commute' (mode): not a key of the mapping's values, nor a Mode (car_solo, car_passenger, bus, bike, walk, motorbike, telework, other)
        import rejected: 2 problems; the store was not changed

        """)
    #expect(try Data(contentsOf: store) == before)
    let shown = try CoopProcess.run(
      Self.importing + [
        "--schema", "mobility", "--mapping", "mapping.toml", "--into", "edge.sqlite", "--table",
        "employees=staff.csv", "--show-values",
      ], in: dir)
    #expect(shown.stderr.contains("(value 'TRAIN')"))
  }

  @Test(
    "usage, mapping and schema errors exit 2 and say what is wrong",
    arguments: [
      (
        "[tables.employees.columns]\nmode = { column = \"mode\", values = { \"x\" = \"plane\" } }\n",
        ["--schema", "mobility"],
        "coop: mapping.toml: tables.employees.columns.mode.values.x: cannot store this for mode: not a Mode"
      ),
      (
        "[tables.employees]\n", ["--schema", "nothing"],
        "coop: schema 'nothing' not found; searched for nothing.coopschema in"
      ),
      (
        "[tables.employees]\n[tables.sites]\n", ["--schema", "mobility"],
        "coop: the mapping fills several tables (employees, sites): say which FILE fills which with --table NAME=FILE"
      ),
      (
        "[tables.employees]\n", ["--schema", "mobility", "--table", "employees"],
        "coop: --table takes NAME=FILE (got 'employees')"
      ),
    ])
  func usageErrors(mapping: String, arguments: [String], message: String) throws {
    let dir = try CoopProcess.temporaryDirectory()
    try mapping.write(
      to: dir.appendingPathComponent("mapping.toml"), atomically: true, encoding: .utf8)
    try
      "id,site,home_zone,home_lat,home_lon,mode,arrival,departure,days_on_site,telework_eligible\n"
      .write(
        to: dir.appendingPathComponent("e.csv"), atomically: true, encoding: .utf8)
    let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path
    let result = try CoopProcess.run(
      ["import", "--schemas", schemas, "--mapping", "mapping.toml", "--into", "edge.sqlite"]
        + arguments
        + (arguments.contains("--table") ? [] : ["e.csv"]), in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("edge.sqlite").path))
  }

  @Test("coop synth labels its stores; store label is idempotent; a plain file is not a store")
  func storeLabelAndVerify() throws {
    let dir = try CoopProcess.temporaryDirectory()
    _ = try CoopProcess.run([
      "synth", "--companies", "1", "--employees", "10", "--out", dir.path, "--quiet",
    ])
    let file = dir.appendingPathComponent("company-01.sqlite").path
    let labelled = try CoopProcess.run(["store", "verify", "--schema", "mobility", file])
    #expect(labelled.status == 0 && labelled.stdout == "\(file) matches schema mobility version 1\n")
    let label = try CoopProcess.run(["store", "label", "--schema", "mobility", file])
    #expect(label.status == 0)
    let plain = dir.appendingPathComponent("plain.sqlite").path
    FileManager.default.createFile(atPath: plain, contents: Data())
    let before = try CoopProcess.run(["store", "verify", "--schema", "mobility", plain])
    #expect(
      before.status == 2
        && before.stderr == "coop: '\(plain)' is not a Coop store (no coop_store table)\n")
  }


  @Test("store init creates an empty store that store info describes")
  func storeInitAndInfo() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let store = dir.appendingPathComponent("edge.sqlite").path
    let created = try CoopProcess.run(["store", "init", "--schema", "mobility", "--into", store])
    #expect(
      created.status == 0 && created.stdout == "created \(store) (schema mobility version 1)\n")
    let again = try CoopProcess.run(["store", "init", "--schema", "mobility", "--into", store])
    #expect(again.status == 2 && again.stderr == "coop: '\(store)' already exists\n")
    let info = try CoopProcess.run(["store", "info", store])
    #expect(info.status == 0)
    #expect(info.stdout.hasPrefix("\(store): schema mobility version 1, created "))
    #expect(info.stdout.hasSuffix("  sites: 0 rows\n  employees: 0 rows\n"))
  }
}
