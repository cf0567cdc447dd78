import ArgumentParser
import CoopEdge
import CoopEngine
import Foundation

/// `coop edge run`: long-polls the hub and answers approved jobs under the local policy.
struct EdgeRunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Poll the hub and answer approved jobs (verify, policy, budget, run, seal, post).")

  @Option(help: "The edge configuration file (edge.toml).")
  var config: String

  @Flag(help: "Answer the tasks waiting now, then exit.")
  var once = false

  @Option(help: "A directory of .coopschema files (default: ./Algorithms/schemas, then ../share/coop/schemas beside coop).")
  var schemas: [String] = []

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let configuration = try EdgeConfiguration.read(config)
      let directories =
        schemas.isEmpty
        ? SchemaCatalog.defaultDirectories(
          currentDirectory: FileManager.default.currentDirectoryPath, executablePath: ExecutablePath.current)
        : schemas
      let agent = try EdgeAgent(
        configuration: configuration, runner: ExecutorRunner(schemaDirectories: directories), log: Self.say)
      Self.say("edge \(agent.key.id) polling \(configuration.hubURL.absoluteString)")
      if once {
        let tasks = try await agent.pollOnce(wait: 0)
        Self.say("answered \(tasks.count) task(s)")
      } else {
        await agent.run()
      }
    }
  }

  /// Writes one line to standard output at once: an agent's log, read from a pipe or a file by
  /// a service manager, must not wait in a buffer and be lost when the process is killed.
  @Sendable static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}
