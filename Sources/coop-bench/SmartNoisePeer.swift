import Foundation

/// SmartNoise SQL (the OpenDP query engine) on the same query and file, as a peer: run by a
/// Python script in a virtual environment that `make bench` prepares.
enum SmartNoisePeer {
  /// The query both run: employees per home commune and mode (no joins, no custom functions,
  /// which SmartNoise SQL does not support).
  static let sqliteQuery = "SELECT home_zone, mode, COUNT(*) FROM employees GROUP BY home_zone, mode"

  static func run(store: String, sqliteSeconds: Double) {
    let python = ".venv-bench/bin/python"
    guard FileManager.default.isExecutableFile(atPath: python) else {
      print("smartnoise-sql: not installed (make bench-peers creates .venv-bench); skipped")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["Sources/coop-bench/smartnoise_peer.py", store]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch {
      print("smartnoise-sql: cannot start: \(error)")
      return
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard let seconds = Double(output.split(separator: "\n").last.map(String.init) ?? "") else {
      print("smartnoise-sql: failed: \(output.suffix(300))")
      return
    }
    Bench.report("mode counts via SmartNoise SQL", seconds * 1000, "ms", baseline: "hand-written SQLite", ratio: seconds / sqliteSeconds)
    Bench.report("mode counts hand-written SQLite", sqliteSeconds * 1000, "ms")
  }
}
