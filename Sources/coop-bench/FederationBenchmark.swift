import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import CoopHub
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One federated round with 200 edge agents on loopback against an in-process hub: every
/// agent long-polls, fetches and verifies the bundle, checks its policy, debits its ledger,
/// "runs" (a fixed table: this measures the protocol, not the executor), seals, posts; the
/// hub opens, checks and stores each result and federates the round. Baseline: the same number
/// of unsigned `GET /health` requests, the HTTP floor.
enum FederationBenchmark {
  static let edgeCount = 200

  /// Stands in for the executor: 24 zones, a count and a sum each.
  struct FixedRunner: ScriptRunner {
    func run(
      bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
      localMinGroup: Int?
    ) throws -> ReleaseTable {
      ReleaseTable(
        algorithm: bundle.bundle.algorithm, version: 1, round: round, keyNames: ["zone"],
        values: [
          ReleasedValueSpec(name: "n", kind: .count, unit: ""),
          ReleasedValueSpec(name: "km", kind: .mean, unit: "km"),
        ],
        cells: (97401...97424).map { zone in
          ReleaseCell(
            key: [.int(zone)],
            count: NoisyNumber(units: 4, decimals: 0, noise: "laplace:4", halfWidth95: 12),
            sums: [
              "km": NoisyNumber(units: 600, decimals: 1, noise: "laplace:3200", halfWidth95: 9584)
            ])
        }, suppressed: 0)
    }
  }

  static func run() async {
    do { try await measure() } catch { print("federation benchmark failed: \(error)") }
  }

  static func measure() async throws {
    let directory = NSTemporaryDirectory() + "coop-bench-hub-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let setup = try BenchHub(directory: directory, edges: edgeCount)
    let port = try await setup.start()
    let url = URL(string: "http://127.0.0.1:\(port)")!
    let agents = try setup.edges.enumerated().map { index, key in
      try EdgeAgent(
        key: key, hub: url, hubKey: setup.service.key.publicKey, board: setup.board,
        policy: setup.policy, dataset: "mobility", store: "",
        ledgerPath: directory + "/ledger-\(index).sqlite",
        auditLog: directory + "/audit-\(index).log", runner: FixedRunner(), log: { _ in })
    }
    let health = try await timed {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for key in setup.edges {
          group.addTask { _ = try await HubClient(baseURL: url, key: key).send("GET", "/health") }
        }
        try await group.waitForAll()
      }
    }
    let analyst = HubClient(baseURL: url, key: setup.analyst)
    var job: JobView? = nil
    let round = try await timed {
      job = try await analyst.post("/v1/jobs", JobRequest(bundle: setup.hash))
      try await withThrowingTaskGroup(of: Void.self) { group in
        for agent in agents { group.addTask { try await agent.pollOnce(wait: 10) } }
        try await group.waitForAll()
      }
    }
    let results: JobResults = try await analyst.get("/v1/jobs/\(job?.id ?? "")/results")
    guard results.job.status == "completed" else {
      print("federation benchmark: job ended \(results.job.status) \(results.job.error ?? "")")
      return
    }
    Bench.report(
      "federated round, \(edgeCount) edges", round, "s",
      baseline: "\(edgeCount) GET /health", ratio: round / health)
    Bench.report("results per second, whole round", Double(edgeCount) / round, "results/s")
    let ingest = try await ingestOnly(setup: setup, url: url, analyst: analyst)
    Bench.report(
      "results ingested by the hub alone", Double(edgeCount) / ingest, "results/s",
      baseline: "\(edgeCount) GET /health", ratio: ingest / health)
    setup.stop()
  }

  /// A second job whose results are sealed beforehand, then posted by all edges at once: the
  /// hub's share of a round (open, check, store with fsync, federate).
  static func ingestOnly(setup: BenchHub, url: URL, analyst: HubClient) async throws -> Double {
    let job: JobView = try await analyst.post("/v1/jobs", JobRequest(bundle: setup.hash))
    let bundle = try BundleFile(
      parsing: Array(
        Base64.decode(
          (try await analyst.get("/v1/bundles/\(setup.hash)", as: BundleDocument.self)).file) ?? []),
      source: "bench")
    let verified = try BundleVerifier(board: setup.board).verify(bundle, at: .now())
    let table = try FixedRunner().run(
      bundle: verified, manifest: Data(), parameters: Data(), round: 1, store: "",
      localMinGroup: nil)
    let posts = try setup.edges.map { key in
      let envelope = ResultEnvelope(
        job: job.id, round: 1, bundle: setup.hash, edge: key.id.text, table: table)
      let box = try SignedSealedBox.seal(
        Array(try envelope.canonicalJSON()), from: key, to: setup.service.key.publicKey)
      return (HubClient(baseURL: url, key: key), ResultSubmission(sealed: Base64.encode(box)))
    }
    return try await timed {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for (client, submission) in posts {
          group.addTask {
            let _: ResultReceipt = try await client.post(
              "/v1/jobs/\(job.id)/rounds/1/result", submission)
          }
        }
        try await group.waitForAll()
      }
    }
  }

  static func timed(_ body: () async throws -> Void) async throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}
