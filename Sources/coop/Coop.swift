import ArgumentParser

/// The `coop` command: one entry point for authors, the board, edges, the hub and analysts.
@main
struct Coop: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coop",
    abstract:
      "Coop: a data cooperative that runs verified, differentially private algorithms at the edge.",
    version: CoopVersion.current,
    subcommands: [
      CheckCommand.self, FmtCommand.self, ExplainCommand.self, BundleCommand.self, RunCommand.self,
      SynthCommand.self, ReportCommand.self, DemoCommand.self, KeygenCommand.self,
      BoardCommand.self, ApproveCommand.self, VerifyCommand.self, RevokeCommand.self,
      AuditCommand.self, HubCommand.self, SubmitCommand.self, PendingCommand.self,
      JobsCommand.self, ResultsCommand.self, EdgeCommand.self, ImportCommand.self, StoreCommand.self,
    ]
  )

  /// Runs the command line; usage errors exit with status 2, like I/O errors.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exitWithStatus(for: error)
    }
  }
}
