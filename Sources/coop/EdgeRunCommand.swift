import ArgumentParser
import CoopEdge

/// `coop edge run`: long-polls the hub and answers approved jobs under the local policy.
struct EdgeRunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Poll the hub and answer approved jobs (verify, policy, budget, run, seal, post).")

  @Option(help: "The edge configuration file (edge.toml).")
  var config: String

  @Flag(help: "Answer the tasks waiting now, then exit.")
  var once = false

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let configuration = try EdgeConfiguration.read(config)
      // The engine's executor is linked here when it lands; until then every run is refused.
      let agent = try EdgeAgent(configuration: configuration, runner: UnavailableRunner())
      print("edge \(agent.key.id) polling \(configuration.hubURL.absoluteString)")
      if once {
        let tasks = try await agent.pollOnce(wait: 0)
        print("answered \(tasks.count) task(s)")
      } else {
        await agent.run()
      }
    }
  }
}
