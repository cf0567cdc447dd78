import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// Edge agents against a live hub on loopback: verification, policy, budget, sealing, posting,
/// and re-sending a released result instead of running again.
@Suite struct EdgeAgentTests {
  @Test func agentsAnswerUnderTheirPolicies() async throws {
    let fixture = try HubFixture(edgeCount: 4)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let bundle = try fixture.bundle(manifest: HubFixture.edgeManifest)
      let hash = try await fixture.submitAndApprove(bundle, client: client)
      let job = try await fixture.startJob(hash, client: client)
      let runner = FixedTableRunner(counts: [("a", 30), ("b", 1)])
      let policies = [
        try HubFixture.policy(), try HubFixture.policy(),
        try HubFixture.policy(algorithms: ["mobility.*"]),
        try HubFixture.policy(period: "0.25"),
      ]
      for (index, policy) in policies.enumerated() {
        let agent = try fixture.agent(index, port: port, policy: policy, runner: runner)
        #expect(try await agent.pollOnce(wait: 0).map(\.job) == [job.id])
        #expect(try await agent.pollOnce(wait: 0).isEmpty)
      }
      #expect(runner.runs == 2)
      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "completed")
      let round = try #require(results.rounds.first)
      #expect(round.contributors.count == 2)
      let reasons = round.refusals.compactMap(\.reason)
      #expect(reasons.contains { $0.hasPrefix("policy: algorithm test.count is not allowed") })
      #expect(reasons.contains { $0.hasPrefix("budget: over budget") })
      #expect(round.table?.cells.first?.count.units == 60)
      let log = AuditLog(path: fixture.directory + "/audit-0.log")
      let kinds = try log.verify(keys: [fixture.edges[0].publicKey]).map(\.kind)
      #expect(kinds == [.budgetDebit, .execute, .release])
    }
  }

  /// Key rotation: the company's new key, on the same ledger, carries on with the month's
  /// spending. With 0.75 a month and 0.5 a job, the second job is refused for budget.
  @Test func aRotatedKeyKeepsTheMonthsSpending() async throws {
    let fixture = try HubFixture(edgeCount: 2)
    defer { fixture.remove() }
    for principal in [
      Principal(key: fixture.author.publicKey, role: .author, name: "author"),
      Principal(key: fixture.analyst.publicKey, role: .analyst, name: "analyst"),
      Principal(key: fixture.edges[0].publicKey, role: .edge, name: "old key"),
    ] {
      _ = try await fixture.service.store.perform { try $0.register(principal) }
    }
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: HubFixture.edgeManifest), client: client)
      let policy = try HubFixture.policy(period: "0.75")
      let runner = FixedTableRunner(counts: [("a", 30)])
      let first = try await fixture.startJob(hash, client: client)
      let old = try fixture.agent(0, port: port, policy: policy, runner: runner)
      #expect(try await old.pollOnce(wait: 0).map(\.job) == [first.id])
      // The company rotates its key: the new one is enrolled, the old one retired.
      _ = try await fixture.service.store.perform {
        try $0.register(Principal(key: fixture.edges[1].publicKey, role: .edge, name: "new key"))
      }
      _ = try await fixture.service.retire(principal: fixture.edges[0].publicKey.id.text, by: nil)
      let second = try await fixture.startJob(hash, client: client)
      let new = try EdgeAgent(
        key: fixture.edges[1], hub: URL(string: "http://127.0.0.1:\(port)")!,
        hubKey: fixture.service.key.publicKey, board: fixture.board, policy: policy,
        dataset: "mobility", store: fixture.directory + "/store-0.sqlite",
        ledgerPath: fixture.directory + "/ledger-0.sqlite",
        auditLog: fixture.directory + "/audit-new.log", runner: runner, log: { _ in })
      #expect(try await new.pollOnce(wait: 0).map(\.job) == [second.id])
      let round = try #require(try await fixture.results(second, client: client).rounds.first)
      #expect(round.refusals.first?.reason?.hasPrefix("budget: over budget") == true, "\(round.refusals)")
      #expect(runner.runs == 1)
    }
  }

  @Test func aReleasedResultIsResentNotRunAgain() async throws {
    let fixture = try HubFixture(edgeCount: 1)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: HubFixture.edgeManifest), client: client)
      let job = try await fixture.startJob(hash, client: client)
      // As if the edge had crashed after marking the result released, before posting it.
      let body = try fixture.sealedResult(
        edge: fixture.edges[0], job: job, round: 1, counts: [("a", 80)])
      let sealed = try #require(
        Base64.decode(
          try JSONDecoder().decode(ResultSubmission.self, from: Data(body.utf8)).sealed!))
      let ledger = try BudgetLedger(
        path: fixture.directory + "/ledger-0.sqlite", edge: EdgeAgent.ledgerNamespace,
        defaultLimit: try Epsilon("2"))
      _ = try ledger.debit(
        job: "\(job.id)/1", epsilon: try Epsilon("0.5"), dataset: "mobility", period: "any")
      try ledger.markReleased(job: "\(job.id)/1", result: sealed)
      let runner = FixedTableRunner(counts: [("a", 1)])
      let agent = try fixture.agent(0, port: port, policy: try HubFixture.policy(), runner: runner)
      try await agent.pollOnce(wait: 0)
      #expect(runner.runs == 0)
      let results = try await fixture.results(job, client: client)
      #expect(results.rounds.first?.table?.cells.first?.count.units == 80)
    }
  }
}
