import ArgumentParser

/// `coop edge`: run a company's edge node.
struct EdgeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edge", abstract: "Run a company's edge agent.",
    subcommands: [EdgeRunCommand.self, EdgeStatusCommand.self])
}
