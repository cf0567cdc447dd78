import CoopLang
import Foundation

@testable import CoopEngine

/// Schemas, files and stores for the store and import tests.
enum StoreFixtures {
  /// The repository's root directory.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The mobility schema's store, from Algorithms/schemas.
  static func mobility() throws -> StoreSchema {
    StoreSchema(
      try SchemaCatalog(directories: [root.path + "/Algorithms/schemas"]).load("mobility"))
  }

  /// The store of schema `text`.
  static func schema(_ text: String) throws -> StoreSchema {
    StoreSchema(try SchemaCatalog.build(SourceText(path: "test.coopschema", text: text)))
  }

  /// A schema with every column type, units, bounds, resolutions and a self-reference.
  static let commute = """
    schema commute version 2
    unit person
    enum Kind { short, long }
    zones Area {
      10 "Nord" at -20.9, 55.4
      30 "Sud-Est" at -21.3, 55.7
    }
    table people rows per person 1 {
      id: id key
      name: string
      mentor: ref people
      area: Area
      kind: Kind
      trip: distance in 0 km .. 200 km resolution 100 m
      ride: duration in 0 min .. 3 h
      share: decimal in 0 .. 1 resolution 0.01
      start: time in 05:00 .. 22:00 resolution 15 min
      home: point resolution 0.001
      active: bool
      children: int in 0 .. 20
    }
    """

  /// A mapping parsed from `text`.
  static func mapping(_ text: String) throws -> ImportMapping {
    try ImportMapping.parse(text, file: "mapping.toml")
  }

  /// Writes `text` to `name` in `directory`; returns the path.
  @discardableResult
  static func write(_ text: String, _ name: String, in directory: TemporaryDirectory) throws
    -> String
  {
    let path = directory.file(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Imports `csv` (written as `name`) into `store` for table `table` with `mapping`.
  @discardableResult
  static func importCSV(
    _ csv: String, named name: String = "data.csv", table: String, mapping: String,
    schema: StoreSchema, into store: String, in directory: TemporaryDirectory,
    options: ImportOptions = ImportOptions()
  ) throws -> ImportSummary {
    let path = try write(csv, name, in: directory)
    let parsed = try self.mapping(mapping)
    return try StoreImport(
      schema: schema, mapping: parsed, mappingFile: "mapping.toml", options: options
    )
    .run(into: store, from: [TableSource(table: table, path: path)])
  }

  /// Every row of `table` in the store at `path`, cells as text, ordered by the first column.
  static func rows(_ path: String, _ table: String) throws -> [[String]] {
    let store = try EdgeStore(readingAt: path)
    return try store.rowsForTesting(table)
  }
}

extension EdgeStore {
  /// Every row of `table`, cells as text (NULL as "NULL"), ordered by the first column.
  func rowsForTesting(_ table: String) throws -> [[String]] {
    let statement = try connection.prepare("SELECT * FROM \(table) ORDER BY 1")
    var rows: [[String]] = []
    while try statement.step() {
      rows.append((0..<statement.columnCount).map { statement.text($0) ?? "NULL" })
    }
    return rows
  }
}
