import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import CoopHub
import Foundation

/// A hub for the federation benchmark: a board of 3 (quorum 2), an approved bundle, an analyst
/// and `edges` enrolled edges, served on a free loopback port.
final class BenchHub: @unchecked Sendable {
  let service: HubService
  let board: Board
  let edges: [SecretKey]
  let analyst = SecretKey.generate()
  let hash: String
  let policy: EdgePolicy
  private var server: Task<Void, any Error>?

  init(directory: String, edges count: Int) throws {
    members = (0..<3).map { _ in SecretKey.generate() }
    board = try Board(
      members: try members.enumerated().map { index, key in
        BoardMember(
          owner: try KeyOwner(name: "Member \(index)", organisation: ""), key: key.publicKey)
      }, quorum: 2)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data(board.encoded()).write(to: URL(fileURLWithPath: directory + "/board.toml"))
    let operatorKey = SecretKey.generate()
    try HubConfiguration(
      board: "board.toml", boardFingerprint: board.fingerprint.hex,
      operators: [.init(name: "ops", key: operatorKey.publicKey.base64)]
    ).write(to: directory + "/hub.json")
    service = try HubDirectory(path: directory).open()
    edges = (0..<count).map { _ in SecretKey.generate() }
    policy = EdgePolicy(
      schemas: ["mobility"], algorithms: ["bench.*"], maxEpsilonPerJob: try Epsilon("1"),
      maxEpsilonPerPeriod: try Epsilon("100"), localMinGroup: nil, neverRead: [],
      answerInterval: .zero)  // the protocol's own speed, without the answer schedule's wait
    let author = SecretKey.generate()
    var file = BundleFile(
      bundle: try ScriptBundle(
        algorithm: "bench.zones", version: "1", script: "algorithm zones version 1\n",
        manifest: Array(#"{"epsilon":"0.5","min_group":5,"rounds":1,"schema":"mobility"}"#.utf8),
        author: author))
    let now = Timestamp.now()
    for member in members.prefix(2) {
      try file.approve(
        with: member, validFrom: now.adding(seconds: -60), validUntil: now.adding(seconds: 86_400))
    }
    hash = file.bundle.hash.hex
    registrations = [(author, "author"), (analyst, "analyst")] + edges.map { ($0, "edge") }
    approvals = file
    self.operatorKey = operatorKey
  }

  private let members: [SecretKey]
  private let registrations: [(SecretKey, String)]
  private let approvals: BundleFile
  private let operatorKey: SecretKey

  /// Starts the server, registers everyone and submits and approves the bundle through the
  /// API; returns the port.
  func start() async throws -> Int {
    let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
    let service = self.service
    server = Task {
      try await HubServer.run(service, host: "127.0.0.1", port: 0) { continuation.yield($0) }
    }
    var ports = stream.makeAsyncIterator()
    guard let port = await ports.next() else { throw CocoaError(.fileReadUnknown) }
    let url = URL(string: "http://127.0.0.1:\(port)")!
    let operatorClient = HubClient(baseURL: url, key: operatorKey)
    for (key, role) in registrations {
      let _: PrincipalView = try await operatorClient.post(
        "/v1/principals", PrincipalRegistration(role: role, name: role, key: key.publicKey.base64))
    }
    let author = registrations[0].0
    let _: BundleSummary = try await HubClient(baseURL: url, key: author).post(
      "/v1/bundles",
      BundleSubmission(bundle: Base64.encode(BundleFile(bundle: approvals.bundle).encoded())))
    for (member, approval) in zip(members, approvals.approvals) {
      let _: BundleSummary = try await HubClient(baseURL: url, key: member).post(
        "/v1/bundles/\(hash)/approvals", ApprovalMessage(approval))
    }
    return port
  }

  /// Stops the server.
  func stop() { server?.cancel() }
}
