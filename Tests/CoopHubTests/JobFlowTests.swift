import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import CoopHub

/// A single-round job end to end through the API: review, approval, dispatch, sealed results,
/// refusals, idempotent retries and federation with min_group on the totals.
@Suite struct JobFlowTests {
  @Test func singleRoundJobFederatesResultsAndRecordsRefusals() async throws {
    let fixture = try HubFixture(edgeCount: 3)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.router) { client in
      let bundle = try fixture.bundle()
      let pendingBefore = try await client.signed(
        .get, "/v1/bundles/pending", key: fixture.members[2])
      #expect(String(buffer: pendingBefore.body) == "[]")
      let hash = try await fixture.submitAndApprove(bundle, client: client)
      let pending = try await client.signed(.get, "/v1/bundles/pending", key: fixture.members[2])
      #expect(try client.decode(pending, as: [PendingBundle].self).isEmpty)

      let job = try await fixture.startJob(hash, client: client)
      #expect(job.edges.count == 3)
      let tasks = try await client.signed(.get, "/v1/edge/tasks?wait=0", key: fixture.edges[0])
      let listed = try client.decode(tasks, as: [EdgeTask].self)
      #expect(listed.map(\.job) == [job.id])
      #expect(listed.first?.bundle == hash)

      let first = try fixture.sealedResult(
        edge: fixture.edges[0], job: job, round: 1, counts: [("a", 30), ("b", 1)])
      #expect(
        try await fixture.answer(first, edge: fixture.edges[0], job: job, round: 1, client: client)
          .status == .created)
      let retry = try await fixture.answer(
        first, edge: fixture.edges[0], job: job, round: 1, client: client)
      #expect(retry.status == .ok)
      #expect(try client.decode(retry, as: ResultReceipt.self).duplicate)
      // (sealed by, posted by, bound to another job, expected status)
      let refusals: [(Int, Int, String?, HTTPResponse.Status)] = [
        (0, 0, nil, .conflict),  // another answer of an edge that already answered
        (1, 1, "job-other", .unprocessableContent),  // bound to another job
        (0, 1, nil, .unprocessableContent),  // another edge's sealed result
      ]
      for (sealer, poster, other, status) in refusals {
        let body = try fixture.sealedResult(
          edge: fixture.edges[sealer], job: job, round: 1, counts: [("a", 9)], bindTo: other)
        let response = try await fixture.answer(
          body, edge: fixture.edges[poster], job: job, round: 1, client: client)
        #expect(response.status == status)
      }

      let second = try fixture.sealedResult(
        edge: fixture.edges[1], job: job, round: 1, counts: [("a", 40), ("b", 2)])
      try await fixture.answer(second, edge: fixture.edges[1], job: job, round: 1, client: client)
      let refusal = try json(ResultSubmission(refusal: "over budget: requested 0.5, remaining 0.1"))
      try await fixture.answer(refusal, edge: fixture.edges[2], job: job, round: 1, client: client)

      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "completed")
      let round = try #require(results.rounds.first)
      #expect(round.status == "complete")
      #expect(Set(round.contributors) == [fixture.edges[0].id.text, fixture.edges[1].id.text])
      #expect(round.refusals.map(\.edge) == [fixture.edges[2].id.text])
      #expect(round.refusals.first?.reason?.contains("over budget") == true)
      let table = try #require(round.table)
      // min_group 5 (and twice the noise's 95% half-width) on the totals: a = 30 + 40 is
      // published, b = 1 + 2 is suppressed.
      #expect(table.cells.map(\.key) == [[.text("a")]])
      #expect(table.cells.first?.count.units == 70)
      #expect(table.cells.first?.count.noise == "laplace:2+laplace:2")
      #expect(table.suppressed == 1)
      let metrics = try await client.signed(.get, "/v1/metrics", key: fixture.operatorKey)
      #expect(String(buffer: metrics.body).contains("coop_hub_results_received 2\n"))
      #expect(String(buffer: metrics.body).contains("coop_hub_refusals_received 1\n"))
      let audit = try AuditLog(path: fixture.directory + "/audit.log")
        .verify(keys: [fixture.service.key.publicKey])
      #expect(audit.map(\.kind) == [.submit, .approve, .approve, .dispatch, .publish])
      let late = try fixture.sealedResult(edge: fixture.edges[2], job: job, round: 1, counts: [])
      #expect(
        try await fixture.answer(late, edge: fixture.edges[2], job: job, round: 1, client: client)
          .status == .conflict)
    }
  }

  @Test func aRoundWhoseDeadlinePassesClosesAsPartial() async throws {
    let clock = TestClock()
    let fixture = try HubFixture(edgeCount: 2, clock: { clock.now })
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.router) { client in
      let hash = try await fixture.submitAndApprove(try fixture.bundle(), client: client)
      let job = try await fixture.startJob(hash, client: client, deadline: 60)
      let body = try fixture.sealedResult(
        edge: fixture.edges[0], job: job, round: 1, counts: [("a", 90)])
      try await fixture.answer(body, edge: fixture.edges[0], job: job, round: 1, client: client)
      try await fixture.service.sweepDeadlines()
      #expect(try await fixture.results(job, client: client).job.status == "running")
      clock.advance(by: 61)
      try await fixture.service.sweepDeadlines()
      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "partial")
      #expect(results.rounds.first?.missing == [fixture.edges[1].id.text])
      #expect(results.rounds.first?.table?.cells.first?.count.units == 90)
    }
  }
}
