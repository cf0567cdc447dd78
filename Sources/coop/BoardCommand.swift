import ArgumentParser

/// `coop board`: the board keyset that edges trust.
struct BoardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "board",
    abstract: "Manage the governance board's keyset file.",
    subcommands: [BoardInitCommand.self])
}
