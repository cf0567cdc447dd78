import CoopCrypto
import CoopGovernance
import Foundation

/// A cooperative on loopback where every party is a real process of the built `coop`: a hub
/// (`coop hub serve`), and edges (`coop edge run`) each on its own company store written by
/// `coop synth`, under a 3-member board with quorum 2, with an author, an analyst and an
/// operator. Make it, `defer { shutDown() }`, then `start()`: every process it starts is killed
/// by `shutDown`, whatever failed.
final class Cooperative {
  /// The package's root directory (scripts and schemas are read from it).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  /// The normalized schemas.
  static let schemas = packageRoot + "/Algorithms/schemas"

  /// The temporary directory holding everything: keys, board, bundles, `hub/`, `data/`, `edge-N/`.
  let directory: String
  let members: [SecretKey]
  let board: Board
  let author = SecretKey.generate()
  let analyst = SecretKey.generate()
  let operatorKey = SecretKey.generate()
  /// Each edge's key, policy and process, in company order.
  let edgeKeys: [SecretKey]
  let rules: [EdgeRules]
  let edges: [EdgeProcess]
  let employees: Int
  private(set) var hub: HubProcess?

  /// Keys and board files for a cooperative of `rules.count` edges sharing `employees`; nothing
  /// runs yet.
  init(edges rules: [EdgeRules], employees: Int) throws {
    let directory = NSTemporaryDirectory() + "coop-cooperative-" + UUID().uuidString
    self.directory = directory
    self.rules = rules
    self.employees = employees
    members = (0..<3).map { _ in SecretKey.generate() }
    board = try Board(
      members: try members.enumerated().map { index, key in
        BoardMember(owner: try KeyOwner(name: "Member \(index)", organisation: ""), key: key.publicKey)
      }, quorum: 2)
    edgeKeys = rules.map { _ in SecretKey.generate() }
    edges = rules.indices.map {
      EdgeProcess(directory: "\(directory)/edge-\($0)", schemas: Cooperative.schemas)
    }
    for edge in edges {
      try FileManager.default.createDirectory(atPath: edge.directory, withIntermediateDirectories: true)
    }
    let keys: [(String, KeyRole, SecretKey)] =
      [("ops", .analyst, operatorKey), ("author", .author, author), ("analyst", .analyst, analyst)]
      + members.enumerated().map { ("member-\($0)", .board, $1) }
      + edgeKeys.enumerated().map { ("edge-\($0)/edge", .edge, $1) }
    for (name, role, key) in keys {
      let file = SecretKeyFile(role: role, key: key, owner: try KeyOwner(name: name, organisation: ""))
      try file.write(to: "\(directory)/\(name).key")
      try file.publicFile.write(to: "\(directory)/\(name).pub")
    }
    try Data(board.encoded()).write(to: URL(fileURLWithPath: directory + "/board.toml"))
  }

  /// The hub's base URL.
  var hubURL: String { hub?.url ?? "" }

  /// Synthesizes the companies, starts the hub, enrolls the author, the analyst and the edges,
  /// and starts every edge.
  func start() async throws {
    try runCoop(
      ["synth", "--companies", String(edges.count), "--employees", String(employees),
       "--seed", "7", "--out", directory + "/data", "--quiet"], in: Cooperative.packageRoot)
    hub = try HubProcess(
      ["--dir", "hub", "--listen", "127.0.0.1:0", "--board", "board.toml",
       "--board-fingerprint", board.fingerprint.hex, "--operator", "ops.pub",
       "--schemas", Cooperative.schemas], in: directory)
    let hubKey = try PublicKeyFile.read(directory + "/hub/hub.pub").key
    try coop("hub", "enroll", "--role", "author", "--public-key", "author.pub", as: "ops")
    try coop("hub", "enroll", "--role", "analyst", "--public-key", "analyst.pub", as: "ops")
    let stores = try FileManager.default.contentsOfDirectory(atPath: directory + "/data")
      .filter { $0.hasSuffix(".sqlite") }.sorted()
    for (index, edge) in edges.enumerated() {
      try coop("hub", "enroll", "--role", "edge", "--public-key", "edge-\(index)/edge.pub", as: "ops")
      let configuration = rules[index].configuration(
        store: "\(directory)/data/\(stores[index])", hub: hubURL, hubKey: hubKey, board: board)
      try Data(configuration.utf8).write(to: URL(fileURLWithPath: edge.directory + "/edge.toml"))
      try await edge.start()
    }
  }

  /// `kill -9` of the hub, then a restart on the same port (the edges' configured URL).
  func killAndRestartHub(whileDown: () async throws -> Void = {}) async throws {
    guard let hub, let port = URL(string: hub.url)?.port else { return }
    hub.kill()
    self.hub = nil
    try await whileDown()
    self.hub = try HubProcess(
      ["--dir", "hub", "--listen", "127.0.0.1:\(port)", "--schemas", Cooperative.schemas], in: directory)
  }

  /// Kills every process started, then removes the directory (kept when `keep` is set, to look
  /// at after a failure).
  func shutDown(keep: Bool = false) {
    for edge in edges { edge.kill() }
    hub?.resume()
    hub?.stop()
    if !keep { try? FileManager.default.removeItem(atPath: directory) }
  }

  /// Runs `coop arguments… --hub URL --key NAME.key` in the directory; throws with its output
  /// unless it exits 0.
  @discardableResult
  func coop(_ arguments: String..., as name: String) throws -> String {
    try runCoop(arguments + ["--hub", hubURL, "--key", name + ".key"], in: directory)
  }

  /// Runs `coop arguments…` in `directory`; throws with its output unless it exits 0.
  @discardableResult
  func runCoop(_ arguments: [String], in directory: String? = nil) throws -> String {
    let (status, output) = try CoopBinary.run(arguments, in: directory ?? self.directory)
    guard status == 0 else {
      throw CooperativeError.command(arguments.joined(separator: " "), status: status, output: output)
    }
    return output
  }
}

/// A failed step of a cooperative's set-up or of a command.
enum CooperativeError: Error, CustomStringConvertible {
  case command(String, status: Int32, output: String)
  case unexpected(String)

  var description: String {
    switch self {
    case .command(let command, let status, let output): "coop \(command) exited \(status): \(output)"
    case .unexpected(let what): what
    }
  }
}

/// SIGSTOP and SIGCONT for a hub process.
extension HubProcess {
  /// Freezes the hub: connections are accepted by the kernel but nothing is answered.
  func pause() { Foundation.kill(process.processIdentifier, SIGSTOP) }

  /// Lets a paused hub go on.
  func resume() { Foundation.kill(process.processIdentifier, SIGCONT) }
}
