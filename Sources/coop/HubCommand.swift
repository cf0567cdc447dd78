import ArgumentParser

/// `coop hub`: run a hub and manage who may use it.
struct HubCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub",
    abstract: "Run the hub server and enroll edges, authors and analysts.",
    subcommands: [HubServeCommand.self, HubEnrollCommand.self])
}
