import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation
import Testing

@testable import CoopHub

/// The built `coop` binary on loopback: the roles' commands against a hub process, and a hub
/// killed with SIGKILL mid-job that restarts without losing an acknowledged result.
@Suite(.serialized) struct HubProcessTests {
  @Test func killedHubRestartsWithoutLosingAcknowledgedResults() async throws {
    let fixture = try HubFixture(edgeCount: 3)
    defer { fixture.remove() }
    let dir = fixture.directory + "/run"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let keys: [(String, KeyRole, SecretKey)] =
      [
        ("ops", .analyst, fixture.operatorKey), ("author", .author, fixture.author),
        ("analyst", .analyst, fixture.analyst), ("alice", .board, fixture.members[0]),
        ("bruno", .board, fixture.members[1]),
      ] + fixture.edges.enumerated().map { ("edge\($0)", .edge, $1) }
    for (name, role, key) in keys {
      let file = SecretKeyFile(
        role: role, key: key, owner: try KeyOwner(name: name, organisation: ""))
      try file.write(to: "\(dir)/\(name).key")
      try file.publicFile.write(to: "\(dir)/\(name).pub")
    }
    try Data(fixture.board.encoded()).write(to: URL(fileURLWithPath: dir + "/board.toml"))
    let bundle = try fixture.bundle(manifest: HubFixture.edgeManifest, script: HubFixture.countScript)
    try Data(BundleFile(bundle: bundle).encoded()).write(
      to: URL(fileURLWithPath: dir + "/count.coopbundle"))
    // The hub checks jobs' parameters against the script: it needs the schema.
    let serve = ["--dir", dir + "/hub", "--listen", "127.0.0.1:0", "--schemas", Cooperative.schemas]
    var hub = try HubProcess(
      serve + [
        "--board", "board.toml", "--board-fingerprint", fixture.board.fingerprint.hex,
        "--operator", "ops.pub",
      ], in: dir)
    defer { hub.stop() }
    func coop(_ arguments: String..., key: String) throws -> String {
      let (status, output) = try CoopBinary.run(
        arguments + ["--hub", hub.url, "--key", key + ".key"], in: dir)
      #expect(status == 0, "coop \(arguments.joined(separator: " ")): \(output)")
      return output
    }
    for (role, name) in [("author", "author"), ("analyst", "analyst")]
      + (0..<3).map({ ("edge", "edge\($0)") })
    {
      _ = try coop("hub", "enroll", "--role", role, "--public-key", name + ".pub", key: "ops")
    }
    #expect(try coop("submit", "count.coopbundle", key: "author").contains(bundle.hash.hex))
    let metrics = try coop("hub", "metrics", key: "ops")
    #expect(metrics.contains("coop_hub_bundles_submitted 1"), "\(metrics)")
    let (denied, refusal) = try CoopBinary.run(["hub", "metrics", "--hub", hub.url, "--key", "analyst.key"], in: dir)
    #expect(denied == 1 && refusal.contains("403"), "\(refusal)")
    let pending = try coop("pending", key: "alice")
    #expect(pending.contains("epsilon 0.5, min_group 5, rounds 1"))
    _ = try coop("approve", bundle.hash.hex, key: "alice")
    #expect(try coop("approve", bundle.hash.hex, key: "bruno").contains("status approved"))
    let started = try coop("jobs", "start", bundle.hash.hex, key: "analyst")
    let jobID = try #require(started.split(separator: " ").dropFirst().first).dropLast()

    // Edge 0 (test-double runner) answers and is acknowledged; then the hub is killed.
    let runner = FixedTableRunner(counts: [("a", 30)])
    let hubKey = try PublicKeyFile.read(dir + "/hub/hub.pub").key
    func agent(_ index: Int) throws -> EdgeAgent {
      try EdgeAgent(
        key: fixture.edges[index], hub: URL(string: hub.url)!, hubKey: hubKey,
        board: fixture.board, policy: try HubFixture.policy(), dataset: "mobility",
        store: dir + "/store.sqlite", ledgerPath: dir + "/ledger-\(index).sqlite",
        auditLog: dir + "/audit-\(index).log", runner: runner, log: { _ in })
    }
    #expect(try await agent(0).pollOnce(wait: 0).count == 1)
    hub.kill()
    hub = try HubProcess(serve, in: dir)

    #expect(try await agent(1).pollOnce(wait: 0).count == 1)
    let edgeConfig = """
      key = "edge2.key"
      dataset = "mobility"
      store = "store.sqlite"
      ledger = "ledger-2.sqlite"
      audit_log = "audit-2.log"

      [hub]
      url = "\(hub.url)"
      key = "\(hubKey.base64)"

      [board]
      file = "board.toml"
      fingerprint = "\(fixture.board.fingerprint.hex)"

      [policy]
      schemas = ["mobility"]
      algorithms = ["test.*"]
      max_epsilon_per_job = 1
      max_epsilon_per_period = "2"
      answer_interval_seconds = 0.2
      """
    try Data(edgeConfig.utf8).write(to: URL(fileURLWithPath: dir + "/edge2.toml"))
    let (status, output) = try CoopBinary.run(
      ["edge", "run", "--config", "edge2.toml", "--once"], in: dir)
    #expect(status == 0, "\(output)")

    let csv = try coop("results", String(jobID), "--format", "csv", key: "analyst")
    #expect(csv == "round,zone,count,count_pm95\n1,a,60,8\n")
    let json = try coop("results", String(jobID), "--format", "json", key: "analyst")
    let decoded = try JSONDecoder().decode(JobResults.self, from: Data(json.utf8))
    #expect(decoded.rounds.first?.contributors.count == 2)
    let table = try coop("results", String(jobID), key: "analyst")
    #expect(table.contains("completed"))
    #expect(
      table.contains(
        "refused by \(fixture.edges[2].id): execution: the script does not check here"))
    #expect(try coop("jobs", "list", key: "analyst").contains("completed"))

    // Malformed input gets a clear 4xx from the running process, which keeps serving.
    let key = fixture.operatorKey
    let edge = #"{"role":"edge","name":"x","key":"\#(SecretKey.generate().publicKey.base64)"}"#
    let inputs: [(String, String, Int)] = [
      ("{not json", "application/json", 400),
      (#"{"role":"edge","extra":1}"#, "application/json", 400),
      (edge, "text/plain", 415), (String(repeating: "x", count: 2 << 20), "application/json", 413),
    ]
    for (body, type, status) in inputs {
      let answer = try await RawRequest.post(
        hub.url, "/v1/edges", body: Data(body.utf8), contentType: type, key: key)
      #expect(answer == status, "\(body.prefix(20))")
    }
    #expect(
      try await RawRequest.post(
        hub.url, "/v1/edges", body: Data(edge.utf8), contentType: "application/json", key: key)
        == 201)
  }
}
