import ArgumentParser
import CoopEngine
import CoopHub
import Foundation

/// `coop hub serve`: the hub server, creating its directory, key, configuration and store on
/// first start.
struct HubServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the hub API (creates DIR, its key, hub.json and the store on first start).")

  @Option(help: "The hub's directory.")
  var dir: String

  @Option(
    help: ArgumentHelp("Address to listen on (port 0: any free port).", valueName: "host:port"))
  var listen: String = "127.0.0.1:8080"

  @Option(help: "First start only: the board file whose approvals count.")
  var board: String?

  @Option(help: "First start only: the board fingerprint to pin.")
  var boardFingerprint: String?

  @Option(help: "First start only: an operator's public key file (repeatable).")
  var `operator`: [String] = []

  @Option(help: "A directory of .coopschema files, to check jobs' parameters and run multi-round scripts' combine step (default: ./Algorithms/schemas, then ../share/coop/schemas beside coop).")
  var schemas: [String] = []

  func run() async throws {
    let parts = listen.split(separator: ":")
    guard parts.count == 2, let port = Int(parts[1]), (0...65535).contains(port) else {
      throw CommandFailure.usageError("--listen must be HOST:PORT")
    }
    try await CommandFailure.reportingAsync {
      let directories =
        schemas.isEmpty
        ? SchemaCatalog.defaultDirectories(
          currentDirectory: FileManager.default.currentDirectoryPath, executablePath: ExecutablePath.current)
        : schemas
      let scripts = ScriptCombiner(schemaDirectories: directories)
      let service = try HubDirectory(path: dir).open(
        firstStart: .init(board: board, boardFingerprint: boardFingerprint, operators: `operator`),
        combiner: scripts, parameterChecker: scripts)
      let host = String(parts[0])
      try await HubServer.run(service, host: host, port: port) { bound in
        let line = "hub \(service.key.id) listening on http://\(host):\(bound)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
      }
    }
  }
}
