import ArgumentParser
import CoopEdge

/// `coop edge status --config edge.toml`: budget spent and remaining, recent jobs, refusals and why.
struct EdgeStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the edge's budget this month, its recent jobs and its refusals (from its ledger and verified audit log).")

  @Option(help: "The edge configuration file (edge.toml).")
  var config: String

  @Option(help: "How many recent job entries to show.")
  var recent = 20

  func run() throws {
    try CommandFailure.reporting {
      let configuration = try EdgeConfiguration.read(config)
      // Job entries name the algorithms of bundles the hub sent: shown with their controls escaped.
      Terminal.show(try EdgeStatus.read(configuration, limit: recent).text, multiline: true, terminator: "")
    }
  }
}
