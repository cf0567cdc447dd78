import CSQLite
import CoopMobility
import Foundation

/// The store pairs `runs` cases are run on: a real synthetic store, changed with SQLite directly
/// (bypassing its constraints where a probe simulates a corrupt store). Each probe gives a store
/// where the probed rows exist and one where they do not; a case's run must have the same
/// outcome on both.
///
/// The target is the store's first employee (lowest rowid); "without" removes it.
struct AdversarialProbe: Sendable {
  /// What the pair differs in, for messages and the README.
  let summary: String
  /// Statements run on a copy of the base store to make the store with the probed rows.
  let with: [String]
  /// Statements run on another copy to make the store without them.
  let without: [String]
  /// Whether `NOT NULL` is lifted (through `writable_schema`) while `with` runs, then put back,
  /// so that the store keeps the exact layout the engine verifies.
  var allowsNull = false

  /// The targeted employee.
  static let target = "rowid = (SELECT min(rowid) FROM employees)"
  static let removeTarget = "DELETE FROM employees WHERE \(target)"

  /// Every probe, by the name `# probe:` lines use.
  static let all: [String: AdversarialProbe] = [
    "neighbour": AdversarialProbe(
      summary: "one employee removed", with: [], without: [removeTarget]),
    "unique-target": AdversarialProbe(
      summary:
        "one employee made unique: arrival 03:07, departure 23:59, 0 days on site, home at (-20.805, 55.105) in Cilaos, mode other, telework eligible",
      with: [
        """
        UPDATE employees SET arrival = 187, departure = 1439, days_on_site = 0, home_lat = -20.805,
          home_lon = 55.105, home_zone = 97424, mode = 'other', telework_eligible = 1 WHERE \(target)
        """
      ],
      without: [removeTarget]),
    "null-row": AdversarialProbe(
      summary: "one employee with NULL in every column but its id",
      with: [
        """
        UPDATE employees SET site = NULL, home_zone = NULL, home_lat = NULL, home_lon = NULL, mode = NULL,
          arrival = NULL, departure = NULL, days_on_site = NULL, telework_eligible = NULL WHERE \(target)
        """
      ],
      without: [removeTarget], allowsNull: true),
    "garbage-row": AdversarialProbe(
      summary: "one employee with values of the wrong type or outside every domain",
      with: [
        """
        UPDATE employees SET site = x'00ff', home_zone = 'Saint-Denis', home_lat = 'north', home_lon = x'01',
          mode = 'spaceship', arrival = '08:30', departure = 7.5, days_on_site = 'many', telework_eligible = 2
          WHERE \(target)
        """
      ],
      without: [removeTarget]),
    "extreme-row": AdversarialProbe(
      summary: "one employee with 64-bit extremes, infinities and huge reals",
      with: [
        """
        UPDATE employees SET arrival = -9223372036854775808, departure = 9223372036854775807,
          days_on_site = 9223372036854775807, home_lat = 1e308, home_lon = -9e999,
          home_zone = 9223372036854775807, telework_eligible = -1, mode = '' WHERE \(target)
        """
      ],
      without: [removeTarget]),
    "orphan-site": AdversarialProbe(
      summary: "one employee whose site does not exist",
      with: ["UPDATE employees SET site = 'no-such-site' WHERE \(target)"], without: [removeTarget]),
    "crowd": AdversarialProbe(
      summary: "20,000 copies of one employee in one cell",
      with: [
        """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
        INSERT INTO employees SELECT 'crowd-' || i, site, home_zone, home_lat, home_lon, mode, arrival,
          departure, days_on_site, telework_eligible FROM employees, n WHERE employees.\(target)
        """
      ],
      without: []),
    // The last column: SQLite writes a trailing zeroblob without holding it in memory (its heap
    // limit is process-wide, so a concurrent run's limit would refuse a 300 MB allocation here).
    "giant-value": AdversarialProbe(
      summary: "one employee whose telework flag holds a 300 MB value",
      with: ["UPDATE employees SET telework_eligible = zeroblob(314572800) WHERE \(target)"],
      without: [removeTarget]),
  ]

  /// Builds the pair in `directory`: `with/edge.sqlite` and `without/edge.sqlite` (the same file
  /// name, so that messages naming the store differ only in the directory).
  func stores(in directory: String) throws -> (with: String, without: String) {
    let base = try AdversarialStores.base.get()
    var out: [String] = []
    for (side, statements) in [("with", with), ("without", without)] {
      let folder = directory + "/" + side
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let path = folder + "/edge.sqlite"
      try FileManager.default.copyItem(atPath: base, toPath: path)
      if side == "with", allowsNull {
        try AdversarialStores.withoutNotNull(path) {
          try AdversarialStores.execute(path, statements)
        }
      } else {
        try AdversarialStores.execute(path, statements)
      }
      out.append(path)
    }
    return (out[0], out[1])
  }
}

/// The base store and direct SQLite access.
enum AdversarialStores {
  /// One synthetic company of 1,500 employees (seed 3), labelled with the mobility schema so that
  /// `coop run` accepts it; written once per test process.
  static let base: Result<String, AdversarialFailure> = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coop-adversarial-\(UUID().uuidString)")
    do {
      let synthesizer = try Synthesizer(
        communes: try Communes.bundled(),
        options: SynthesisOptions(companies: 1, employees: 1500, seed: 3))
      try synthesizer.write(to: dir)
      guard let schema = ExecutorFixture.registry.schema("mobility", version: 1) else {
        return .failure(AdversarialFailure("the mobility schema does not check"))
      }
      _ = try Synthesizer.labelStores(in: dir, schema: schema)
      return .success(dir.appendingPathComponent("company-01.sqlite").path)
    } catch {
      return .failure(AdversarialFailure("cannot write the base store: \(error)"))
    }
  }()

  /// Runs `statements` on the store at `path`, with `CHECK` constraints ignored.
  static func execute(_ path: String, _ statements: [String]) throws {
    guard !statements.isEmpty else { return }
    try execute(
      path, "PRAGMA ignore_check_constraints = ON; " + statements.joined(separator: ";\n") + ";")
  }

  /// Runs `sql` (one or more statements) on the store at `path`.
  static func execute(_ path: String, _ sql: String) throws {
    let db = try open(path)
    defer { sqlite3_close_v2(db) }
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(db, sql, nil, nil, &message)
    guard code == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? "code \(code)"
      sqlite3_free(message)
      throw AdversarialFailure("\(path): \(text) in: \(sql)")
    }
  }

  /// The first column of the first row of `sql`, as text.
  static func text(_ path: String, _ sql: String) throws -> String? {
    let db = try open(path)
    defer { sqlite3_close_v2(db) }
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw AdversarialFailure("\(path): \(String(cString: sqlite3_errmsg(db))) in: \(sql)")
    }
    defer { sqlite3_finalize(statement) }
    guard sqlite3_step(statement) == SQLITE_ROW, let value = sqlite3_column_text(statement, 0)
    else { return nil }
    return String(cString: value)
  }

  /// The rows of `table`.
  static func rows(_ path: String, _ table: String) throws -> Int {
    Int(try text(path, "SELECT count(*) FROM \"\(table)\"") ?? "") ?? -1
  }

  /// Runs `body` with `NOT NULL` lifted from the employees table's definition, then puts the
  /// exact definition back: the rows keep their NULLs, the store its layout.
  static func withoutNotNull(_ path: String, _ body: () throws -> Void) throws {
    let select = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'employees'"
    guard let original = try text(path, select) else {
      throw AdversarialFailure("\(path): no employees table")
    }
    func define(_ sql: String) throws {
      try execute(
        path,
        "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = \(quoted(sql)) "
          + "WHERE type = 'table' AND name = 'employees'; PRAGMA writable_schema = OFF;")
    }
    try define(original.replacingOccurrences(of: " NOT NULL", with: ""))
    try body()
    try define(original)
  }

  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  private static func open(_ path: String) throws -> OpaquePointer {
    var db: OpaquePointer?
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let db else {
      if let db { sqlite3_close_v2(db) }
      throw AdversarialFailure("cannot open \(path)")
    }
    return db
  }
}
