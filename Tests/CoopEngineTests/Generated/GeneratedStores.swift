import CSQLite
import CoopLang
import Foundation

@testable import CoopEngine

/// A schema with every column type, a foreign key and bounded domains, and random valid stores
/// of it, for the generated-script tests.
enum GeneratedStores {
  static let schemaText = """
    schema gen version 1
    unit person
    enum Kind { short, long, other }
    zones Area {
      10 "Nord" at -20.9, 55.4
      20 "Ouest" at -21.0, 55.3
      30 "Sud" at -21.3, 55.5
    }
    table sites {
      id: id key
      area: Area
      location: point resolution 0.0001
      capacity: int in 0 .. 500
    }
    table people rows per person 1 {
      id: id key
      site: ref sites
      name: string
      area: Area
      kind: Kind
      trip: distance in 0 km .. 200 km resolution 100 m
      ride: duration in 0 min .. 3 h
      share: decimal in 0 .. 1 resolution 0.01
      start: time in 05:00 .. 22:00 resolution 15 min
      stop: time
      home: point resolution 0.001
      active: bool
      children: int in 0 .. 20
    }
    """

  /// The names people may have (one with a quote, one with a non-ASCII letter).
  static let names = ["Ana", "Bo", "Zoé", "O'Neil", ""]

  /// A directory holding the schema, for a `SchemaRegistry`.
  static let schemaDirectory: URL = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coop-gen-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try? schemaText.write(to: dir.appendingPathComponent("gen.coopschema"), atomically: true, encoding: .utf8)
    return dir
  }()

  static let registry = SchemaRegistry(directories: [schemaDirectory])

  /// A store of `rows` random people over 4 sites, every value on its grid and within its
  /// bounds, extremes included.
  static func store(rows: Int, seed: UInt64) throws -> String {
    let schema = StoreSchema(try SchemaCatalog.build(SourceText(path: "gen.coopschema", text: schemaText)))
    let path = schemaDirectory.appendingPathComponent("store-\(seed).sqlite").path
    try? FileManager.default.removeItem(atPath: path)
    try EdgeStore.create(at: path, for: schema)
    var random = SplitMixBits(seed: seed)
    func pick(_ n: Int) -> Int { Int(random.nextWord() % UInt64(n)) }
    func extreme(_ low: Int, _ high: Int) -> Int {
      switch pick(8) {
      case 0: low
      case 1: high
      default: low + pick(high - low + 1)
      }
    }
    var sql = "BEGIN;"
    for s in 0..<4 {
      sql += "INSERT INTO sites VALUES ('s\(s)', \([10, 20, 30][pick(3)]), \(Double(-213000 + extreme(0, 5000)) / 10000), "
      sql += "\(Double(552000 + extreme(0, 6000)) / 10000), \(extreme(0, 500)));"
    }
    for r in 0..<rows {
      let name = names[pick(names.count)].replacingOccurrences(of: "'", with: "''")
      sql += "INSERT INTO people VALUES ('p\(r)', 's\(pick(4))', '\(name)', \([10, 20, 30][pick(3)]), "
      sql += "'\(["short", "long", "other"][pick(3)])', \(extreme(0, 2000) * 100), \(extreme(0, 10800)), "
      sql += "\(Double(extreme(0, 100)) / 100), \(extreme(20, 88) * 15), \(extreme(0, 1439)), "
      sql += "\(Double(-21500 + extreme(0, 700)) / 1000), \(Double(55200 + extreme(0, 600)) / 1000), "
      sql += "\(pick(2)), \(extreme(0, 20)));"
    }
    var db: OpaquePointer?
    guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw ExecutionError.cannotOpen(path: path, reason: "gen") }
    defer { sqlite3_close(db) }
    guard sqlite3_exec(db, sql + "COMMIT;", nil, nil, nil) == SQLITE_OK else {
      throw ExecutionError.database(String(cString: sqlite3_errmsg(db)))
    }
    return path
  }
}
