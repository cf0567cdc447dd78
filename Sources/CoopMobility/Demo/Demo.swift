import CoopCrypto
import CoopEngine
import CoopHub
import CoopLang
import Foundation

/// The main job, end to end through the real protocol: synthetic companies, a hub and one edge
/// agent per company as separate processes on loopback, a 3-member board with quorum 2, the three
/// mobility algorithms bundled, submitted, approved and run, and the synergy report.
public struct Demo {
  let options: DemoOptions
  let children: ChildProcesses
  let say: @Sendable (String) -> Void

  /// A demo with `options`, printing progress with `say`.
  public init(options: DemoOptions, children: ChildProcesses, say: @escaping @Sendable (String) -> Void) {
    self.options = options
    self.children = children
    self.say = say
  }

  var work: URL { options.output.appendingPathComponent("work") }
  var schemas: String { options.root.appendingPathComponent("Algorithms/schemas").path }
  var cli: CoopCommandLine { CoopCommandLine(executable: options.executable, directory: work) }

  /// Runs every step; the children are stopped by the caller (on success, error or Ctrl-C).
  public func run() throws -> URL {
    let start = Date()
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let companies = try synthesize()
    let board = try makeKeysAndBoard(companies: companies.count)
    let hub = try startHub(board: board)
    try startEdges(companies: companies, hub: hub, board: board)
    let hashes = try publishAlgorithms(hub: hub)
    let jobs = try startJobs(hashes: hashes, hub: hub)
    let results = try waitForJobs(jobs, hub: hub, edges: companies.count)
    let report = try writeReport(results: results, companies: companies, hub: hub)
    say(String(format: "done in %.0f s: %@", Date().timeIntervalSince(start), report.path))
    return report
  }

  /// A step's progress line.
  func step(_ n: Int, _ text: String) { say("[\(n)/8] \(text)") }

  /// Waits until `condition` returns a value, polling every `interval` seconds, up to `timeout`.
  func poll<T>(timeout: Double, interval: Double = 0.25, what: String, _ condition: () throws -> T?) throws -> T {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let value = try condition() { return value }
      Thread.sleep(forTimeInterval: interval)
    }
    throw DemoError.step("timed out waiting for \(what)")
  }
}
