import ArgumentParser

/// `coop hub`: run a hub and manage who may use it.
struct HubCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub",
    abstract: "Run the hub server, enroll or retire edges, authors and analysts, read its counters.",
    subcommands: [
      HubServeCommand.self, HubEnrollCommand.self, HubRetireCommand.self, HubMetricsCommand.self,
    ])
}
