import CSQLite
import CoopEngine
import CoopLang
import CoopMobility
import Foundation

/// Each mobility Algorithm through the engine (SQLite reads one statement of schema identifiers,
/// Coop's interpreter evaluates and aggregates into dense arrays, noise over the whole domain)
/// against the equivalent hand-written SQLite query on the same 1,000,000-employee file; and
/// `coop run` against the `sqlite3` shell, whole processes, on a count by home commune.
enum EngineBenchmark {
  static let employees = 1_000_000

  static func run() {
    print("== engine vs hand-written SQLite (\(employees) synthetic employees)")
    guard let store = syntheticStore() else { return }
    let registry = SchemaRegistry(directories: [URL(fileURLWithPath: "Algorithms/schemas")])
    for (name, baseline) in baselines {
      let path = "Algorithms/mobility/\(name).coop"
      guard let data = FileManager.default.contents(atPath: path),
        let script = Checker.check(SourceText(path: path, bytes: [UInt8](data)), registry: registry).script
      else {
        print("\(name): does not check")
        continue
      }
      let sqlTime = Bench.best(3) { _ = plainQuery(baseline, store: store) }
      let engineTime = Bench.best(3) {
        _ = try? Executor.run(script, store: store, parameters: [:], mode: .federated(localMinGroup: nil))
      }
      Bench.report(
        "\(name) via the engine", engineTime * 1000, "ms", baseline: "hand-written SQLite",
        ratio: engineTime / sqlTime, goal: "≤ 1.0× (stretch ≤ 0.7×)")
      Bench.report("\(name) hand-written SQLite", sqlTime * 1000, "ms")
    }
    ProcessBenchmark.run(store: store)
    SmartNoisePeer.run(store: store, sqliteSeconds: Bench.best(3) { _ = plainQuery(SmartNoisePeer.sqliteQuery, store: store) })
  }

  static let commute = "coop_distance(e.home_lat, e.home_lon, s.location_lat, s.location_lon)"

  static let baselines: [(String, String)] = [
    ("carpool", """
      SELECT e.home_zone, s.zone, COUNT(*), SUM(CAST(ROUND(MIN(MAX(\(commute), 0), 40000)) AS INTEGER))
      FROM employees e JOIN sites s ON s.id = e.site
      WHERE e.mode = 'car_solo' AND e.days_on_site >= 3 AND e.arrival >= 390 AND e.arrival < 570 GROUP BY 1, 2
      """),
    ("shuttle", """
      SELECT s.zone, e.arrival / 60, COUNT(*)
      FROM employees e JOIN sites s ON s.id = e.site
      WHERE e.mode NOT IN ('walk', 'bike', 'telework') AND e.days_on_site >= 3 AND \(commute) >= 10000 GROUP BY 1, 2
      """),
    ("third_places", """
      SELECT c, COUNT(*),
        SUM(CAST(ROUND(MIN(MAX(lat - CASE c \(centre(0)) END, -0.05), 0.05) * 10000) AS INTEGER)),
        SUM(CAST(ROUND(MIN(MAX(lon - CASE c \(centre(1)) END, -0.05), 0.05) * 10000) AS INTEGER))
      FROM (
        SELECT coop_nearest(home_lat, home_lon, -20.9331, 55.447, -21.0446, 55.3224, -21.3123, 55.4939,
            -21.2233, 55.5586, -20.9634, 55.6423, -21.2338, 55.4216) AS c, home_lat AS lat, home_lon AS lon
        FROM employees WHERE telework_eligible)
      GROUP BY 1
      """),
  ]

  /// `WHEN i THEN …` for the initial centres' latitudes (`coordinate` 0) or longitudes (1).
  static func centre(_ coordinate: Int) -> String {
    let centres = [
      (-20.9331, 55.447), (-21.0446, 55.3224), (-21.3123, 55.4939), (-21.2233, 55.5586),
      (-20.9634, 55.6423), (-21.2338, 55.4216),
    ]
    return centres.enumerated().map { "WHEN \($0.offset) THEN \(coordinate == 0 ? $0.element.0 : $0.element.1)" }
      .joined(separator: " ")
  }

  /// Runs `sql` on a plain connection and steps through every row; returns the row count.
  static func plainQuery(_ sql: String, store: String) -> Int {
    var db: OpaquePointer?
    guard sqlite3_open_v2(store, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else { return 0 }
    defer { sqlite3_close_v2(db) }
    _ = Executor.registerFunctions(on: db)
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { return 0 }
    defer { sqlite3_finalize(statement) }
    var rows = 0
    while sqlite3_step(statement) == SQLITE_ROW { rows += 1 }
    return rows
  }

  /// A one-company, 1,000,000-employee store, generated once and kept under .build/.
  static func syntheticStore() -> String? {
    let dir = URL(fileURLWithPath: ".build/bench-data/synthetic-1m")
    if let store = store(in: dir) { return store }
    print("generating \(employees) synthetic employees (once)…")
    return synthesize(employees, into: dir)
  }

  /// A one-company store of `employees` written into `dir` (seed 1); its path.
  static func synthesize(_ employees: Int, into dir: URL) -> String? {
    do {
      let synthesizer = try Synthesizer(
        communes: try Communes.bundled(), options: SynthesisOptions(companies: 1, employees: employees, seed: 1))
      try synthesizer.write(to: dir)
    } catch {
      print("cannot generate a store of \(employees) employees: \(error)")
      return nil
    }
    return store(in: dir)
  }

  /// The one company's store in `dir`, if there is one.
  static func store(in dir: URL) -> String? {
    ["company-1.sqlite", "company-01.sqlite"].map { dir.appendingPathComponent($0).path }
      .first { FileManager.default.fileExists(atPath: $0) }
  }
}
