import ArgumentParser
import CoopMobility
import Foundation

/// `coop demo --out DIR`: the main job in one command.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Run the whole cooperative on loopback and write the La Réunion mobility synergy report.",
    discussion: """
      Synthesizes companies in La Réunion, starts a hub and one edge agent per company as separate \
      processes, creates a 3-member board with quorum 2, submits the three mobility algorithms, \
      approves each with two signatures, runs them through the real protocol (signed requests, \
      sealed results, budgets, thresholds) and writes DIR/report.html and DIR/exports/. Every \
      process it starts is stopped on success, on error and on Ctrl-C. Run it from the repository \
      (it reads Algorithms/).
      """)

  @Option(help: "Where to write the report, the exports and the working files.")
  var out: String = "demo"

  @Option(help: "The report's language: fr or en.")
  var lang: String = "fr"

  @Option(help: "Synthetic companies.")
  var companies = 20

  @Option(help: "Synthetic employees in all.")
  var employees = 5000

  @Option(help: "The synthetic data's seed.")
  var seed: UInt64 = 2026

  func validate() throws {
    guard ReportLanguage(code: lang) != nil else { throw ValidationError("--lang must be fr or en") }
    guard (2...200).contains(companies) else { throw ValidationError("--companies must be between 2 and 200") }
    guard employees >= companies * 10 else { throw ValidationError("--employees must be at least 10 per company") }
  }

  func run() throws {
    let output = URL(fileURLWithPath: out).standardizedFileURL
    if FileManager.default.fileExists(atPath: output.appendingPathComponent("work").path) {
      try FileManager.default.removeItem(at: output.appendingPathComponent("work"))
    }
    let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Algorithms/mobility/carpool.coop").path) else {
      throw UsageError("run coop demo from the repository: Algorithms/mobility is not in the current directory")
    }
    var options = DemoOptions(output: output, root: root, executable: ExecutablePath.current)
    options.companies = companies
    options.employees = employees
    options.seed = seed
    options.language = ReportLanguage(code: lang) ?? .french
    let children = ChildProcesses()
    children.stopOnInterrupt()
    defer { children.stopAll() }
    print("Coop demo → \(output.path)")
    do {
      _ = try Demo(options: options, children: children) { line in print(line) }.run()
    } catch {
      children.stopAll()
      Terminal.error("coop: demo failed: \(error)\n  logs: \(output.appendingPathComponent("work").path)/hub.log, edges/*/edge.log")
      throw ExitCode(1)
    }
  }
}
