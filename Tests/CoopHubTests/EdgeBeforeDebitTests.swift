import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// A runner that fails every run with `error`, after the agent's budget debit.
struct FailingRunner: ScriptRunner {
  let error: any Error

  func run(
    bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
    localMinGroup: Int?
  ) throws -> ReleaseTable {
    throw error
  }
}

/// Lines an agent logged.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []

  /// Appends a line.
  func append(_ line: String) { lock.withLock { lines.append(line) } }

  /// Everything logged, one line each.
  var text: String { lock.withLock { lines.joined(separator: "\n") } }
}

/// Edge agents on loopback against a hub that forwards whatever it is given (no parameter
/// checker): the edge refuses invalid parameters and rounds the manifest does not declare
/// before its budget debit, with precise reasons; after the debit, whatever fails, it sends one
/// constant refusal and keeps the details in its local log.
@Suite struct EdgeBeforeDebitTests {
  static let runner = ExecutorRunner(schemaDirectories: [Cooperative.schemas])

  /// Edge `index`'s ledger in the fixture's directory.
  static func ledger(_ fixture: HubFixture, _ index: Int) throws -> BudgetLedger {
    try BudgetLedger(
      path: fixture.directory + "/ledger-\(index).sqlite", edge: EdgeAgent.ledgerNamespace,
      defaultLimit: try Epsilon("10"))
  }

  /// Edge `index`'s audit log, verified.
  static func audit(_ fixture: HubFixture, _ index: Int) throws -> [AuditEntry] {
    try AuditLog(path: fixture.directory + "/audit-\(index).log").verify(keys: [fixture.edges[index].publicKey])
  }

  @Test func invalidParametersAreRefusedBeforeTheDebit() async throws {
    let fixture = try HubFixture(edgeCount: 1)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    let bundle = try fixture.algorithmBundle("mobility/third_places")
    try fixture.emptyStore(0)
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(bundle, client: client)
      let agent = try fixture.agent(0, port: port, policy: try HubFixture.algorithmsPolicy(), runner: Self.runner)
      let refused = try await fixture.startJob(hash, client: client, parameters: ["centers": .array([])])
      #expect(try await agent.pollOnce(wait: 0).map(\.job) == [refused.id])
      let reason = try await fixture.results(refused, client: client).rounds.first?.refusals.first?.reason
      #expect(reason?.hasPrefix("parameters: 'centers' is an empty list") == true, "\(reason ?? "")")
      let ledger = try Self.ledger(fixture, 0)
      #expect(try ledger.receipt(job: "\(refused.id)/1") == nil)
      #expect(try ledger.spent(byJob: refused.id) == .zero)
      #expect(try Self.audit(fixture, 0).map(\.kind) == [.refuse])
      #expect(try Self.audit(fixture, 0).first?.payload["reason"] == reason)

      // Valid parameters: the real executor runs, and the debit counts against the job's cap.
      let centers: JSONValue = .array([.array([.number(-21.1), .number(55.5)])])
      let valid = try await fixture.startJob(hash, client: client, parameters: ["centers": centers])
      #expect(try await agent.pollOnce(wait: 0).map(\.job) == [valid.id])
      let round = try #require(try await fixture.results(valid, client: client).rounds.first)
      #expect(round.contributors == [fixture.edges[0].id.text], "\(round.refusals)")
      let receipt = try #require(try ledger.receipt(job: "\(valid.id)/1"))
      #expect(try receipt.isReleased && receipt.epsilon == Epsilon("0.6"))
      #expect(receipt.cap == JobCap(job: valid.id, total: try Epsilon("1.2")))
      #expect(try ledger.spent(byJob: valid.id) == (try Epsilon("0.6")))
    }
  }

  @Test func roundsTheManifestDoesNotDeclareAreRefusedBeforeTheDebit() async throws {
    // Two edges, one of which never answers: the job stays running while edge 0 answers.
    let fixture = try HubFixture(edgeCount: 2)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    let bundle = try fixture.algorithmBundle("examples/long_commutes")
    try fixture.emptyStore(0)
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(bundle, client: client)
      let job = try await fixture.startJob(hash, client: client)
      #expect(job.rounds == 1)
      // A hub that dispatches rounds the manifest does not declare (a bug, or compromised).
      func dispatch(_ rounds: [Int]) async throws {
        let deadline = Timestamp.now().secondsSinceEpoch + 600
        try await fixture.service.store.perform { database in
          for round in rounds {
            try database.insert(
              RoundRecord(
                job: job.id, round: round, parameters: Array("{}".utf8), deadlineAt: deadline,
                status: "open", federated: nil))
          }
        }
      }
      try await dispatch([2, 3])
      let agent = try fixture.agent(0, port: port, policy: try HubFixture.algorithmsPolicy(), runner: Self.runner)
      #expect(try await agent.pollOnce(wait: 0).map(\.round).sorted() == [1, 2, 3])
      let results = try await fixture.results(job, client: client)
      #expect(results.rounds.map(\.round) == [1, 2, 3])
      for round in results.rounds {
        if round.round == 1 {
          #expect(round.contributors == [fixture.edges[0].id.text], "\(round.refusals)")
        } else {
          #expect(
            round.refusals.first?.reason
              == "round: round \(round.round) is not one of the 1 round the manifest declares")
        }
      }
      // Round 0: the edge refuses it the same way (the hub's route then rejects the answer,
      // round numbers start at 1, so the task stays listed).
      try await dispatch([0])
      await #expect(throws: HubClientError.self) { try await agent.pollOnce(wait: 0) }
      let ledger = try Self.ledger(fixture, 0)
      for round in [0, 2, 3] { #expect(try ledger.receipt(job: "\(job.id)/\(round)") == nil) }
      #expect(try ledger.spent(byJob: job.id) == (try Epsilon("0.4")))
      let audit = try Self.audit(fixture, 0)
      #expect(audit.filter { $0.kind == .budgetDebit }.map { $0.payload["job"] } == ["\(job.id)/1"])
      #expect(
        audit.filter { $0.kind == .refuse }.map { $0.payload["round"] ?? "" } == ["2", "3", "0"])
      #expect(
        audit.last?.payload["reason"] == "round: round 0 is not one of the 1 round the manifest declares")
    }
  }

  @Test func anyFailureAfterTheDebitReachesTheHubAsOneConstantText() async throws {
    let fixture = try HubFixture(edgeCount: 2)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: HubFixture.edgeManifest), client: client)
      let job = try await fixture.startJob(hash, client: client)
      // Failures whose text depends on the data: neither may leave the edge.
      let secrets = ["zone 97411 holds 3 employees", "row 4817"]
      let runners = [
        FailingRunner(error: EdgeRefusal.execution("the sandbox refused: \(secrets[0])")),
        FailingRunner(error: ExecutionError.database("disk I/O error at \(secrets[1])")),
      ]
      let logs = [LogLines(), LogLines()]
      for index in 0..<2 {
        let agent = try fixture.agent(
          index, port: port, policy: try HubFixture.policy(), runner: runners[index], log: logs[index].append)
        #expect(try await agent.pollOnce(wait: 0).map(\.job) == [job.id])
      }
      let round = try #require(try await fixture.results(job, client: client).rounds.first)
      #expect(round.refusals.map(\.reason) == [EdgeRefusal.incompleteText, EdgeRefusal.incompleteText])
      #expect(EdgeRefusal.incompleteText == "the edge could not complete this run")
      for index in 0..<2 {
        // The debit stands (the run may have read the data), nothing was released.
        let receipt = try #require(try Self.ledger(fixture, index).receipt(job: "\(job.id)/1"))
        #expect(try !receipt.isReleased && receipt.epsilon == Epsilon("0.5"))
        let audit = try Self.audit(fixture, index)
        #expect(audit.map(\.kind) == [.budgetDebit, .refuse])
        #expect(audit.last?.payload["reason"] == EdgeRefusal.incompleteText)
        let file = try String(contentsOfFile: fixture.directory + "/audit-\(index).log", encoding: .utf8)
        #expect(!file.contains(secrets[index]))
        #expect(logs[index].text.contains(secrets[index]), "the details are not in the local log")
      }
    }
  }
}
