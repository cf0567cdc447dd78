import ArgumentParser

/// The `coop` command: one entry point for authors, the board, edges, the hub and analysts.
@main
struct Coop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coop",
    abstract: "Coop: a data cooperative that runs verified, differentially private algorithms at the edge.",
    version: CoopVersion.current,
    subcommands: [
      KeygenCommand.self, BoardCommand.self, ApproveCommand.self, VerifyCommand.self,
      RevokeCommand.self, AuditCommand.self,
    ]
  )
}
