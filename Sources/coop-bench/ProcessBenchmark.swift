import Foundation

/// `coop run` of a count by home commune against the `sqlite3` shell running the same
/// `GROUP BY` on the same file: whole processes, start-up, reading and output included.
enum ProcessBenchmark {
  static let script = """
    algorithm home_count version 1
      uses mobility 1
    privacy
      unit employee
      epsilon 0.01
      min_group 5
    from employees e
    group by e.home_zone
    release
      n = count()

    """

  static func run(store: String) {
    let coop = ".build/release/coop"
    let shells = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].filter { FileManager.default.isExecutableFile(atPath: $0) }
    guard FileManager.default.isExecutableFile(atPath: coop), let shell = shells.first else {
      print("coop run vs sqlite3: skipped (needs .build/release/coop and the sqlite3 shell: apt-get install sqlite3)")
      return
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coop-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("home_count.coop").path
    let ledger = dir.appendingPathComponent("bench.ledger").path
    guard (try? script.write(toFile: file, atomically: true, encoding: .utf8)) != nil else { return }
    let sqlite = Bench.best(5) {
      _ = CheckBenchmark.launch(
        shell, ["-readonly", store, "SELECT home_zone, COUNT(*) FROM employees GROUP BY home_zone"])
    }
    let coopRun = Bench.best(5) {
      _ = CheckBenchmark.launch(coop, ["run", file, "--data", store, "--ledger", ledger, "--budget", "1000000"])
    }
    Bench.report(
      "coop run, count by home commune (process)", coopRun * 1000, "ms", baseline: "sqlite3 shell, same GROUP BY",
      ratio: coopRun / sqlite, goal: "≤ 1.1×")
    Bench.report("sqlite3 shell, count by home commune (process)", sqlite * 1000, "ms")
  }
}
