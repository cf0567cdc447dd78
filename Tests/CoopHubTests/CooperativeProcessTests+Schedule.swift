import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import Testing

@testable import CoopHub

/// The answer schedule and the lifetime cap in `coop edge run` processes, read from their
/// `edge.toml`.
extension CooperativeProcessTests {
  /// Edge 0 answers every 3 s and may spend ε 1.5 in its lifetime; edge 1 answers every 0.2 s.
  /// Edge 0's answers reach the hub no sooner than 3 s after the job starts (edge 1's long
  /// before); its second carpool job (ε 1) is refused for its lifetime cap, on schedule too, and
  /// `coop edge status` shows what it spent over its lifetime.
  @Test func answersKeepTheirScheduleAndTheLifetimeCapRefuses() async throws {
    let scheduled = EdgeRules(
      algorithms: ["carpool"], maxEpsilonPerJob: "1", maxEpsilonPerPeriod: "10", maxEpsilonLifetime: "1.5",
      answerInterval: "3")
    let cooperative = try Cooperative(edges: [scheduled, .generous], employees: 1000)
    defer { cooperative.shutDown() }
    try await cooperative.start()
    let carpool = try cooperative.submitAndApprove(try cooperative.bundle("carpool"))
    let refusal =
      "budget: over the lifetime cap for mobility: requested epsilon 1, already spent over the lifetime 1, cap 1.5"
    for attempt in 1...2 {
      let started = Date()
      let job = try cooperative.startJob(carpool)
      // Edge 1 answers first; edge 0's answer, ready as soon, waits for received + 3 s.
      let early = try await eventually(timeout: 2.5) { try cooperative.hubAnswers(job: job, round: 1, edge: 1).count == 1 }
      let stillWaiting = try cooperative.hubAnswers(job: job, round: 1, edge: 0).isEmpty
      let elapsed = Date().timeIntervalSince(started)
      if elapsed < 3 { #expect(stillWaiting, "edge 0 answered \(elapsed) s after the job started") }
      #expect(early, "edge 1 had not answered within 2.5 s")
      let results = try await cooperative.finished(job)
      #expect(Date().timeIntervalSince(started) >= 3)
      let round = try #require(results.rounds.first)
      let id = cooperative.edgeKeys[0].id.text
      if attempt == 1 {
        #expect(round.contributors.contains(id), "\(round.refusals)")
      } else {
        #expect(round.refusals.first { $0.edge == id }?.reason == refusal, "\(round.refusals)")
      }
    }
    let ledger = try BudgetLedger(
      path: cooperative.edges[0].ledger, edge: EdgeAgent.ledgerNamespace, defaultLimit: try Epsilon("10"))
    #expect(try ledger.spent(overLifetimeOf: "mobility") == (try Epsilon("1")))
    let status = try cooperative.runCoop(["edge", "status", "--config", cooperative.edges[0].directory + "/edge.toml"])
    #expect(status.contains("lifetime: spent 1 of a cap of 1.5"), "\(status)")
    #expect(status.contains(refusal), "\(status)")
  }
}
