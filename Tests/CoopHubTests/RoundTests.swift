import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// A combiner for tests: the next round's parameters name the round and the first cell's count.
struct CountingCombiner: RoundCombiner {
  func nextParameters(script: String, manifest: Data, parameters: Data, federated: ReleaseTable) throws -> Data {
    let count = federated.cells.first?.count.units ?? 0
    return Data(#"{"previous":\#(count),"round":\#(federated.round + 1)}"#.utf8)
  }
}

/// Multi-round jobs: without a combiner they stop with a clear error; with one, each closed
/// round opens the next with the parameters it computes.
@Suite struct RoundTests {
  static let manifest = #"{"epsilon":"0.3","min_group":1,"rounds":2}"#

  @Test func withoutCombinerTheJobFailsAfterRoundOne() async throws {
    let fixture = try HubFixture(edgeCount: 1)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.router) { client in
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: Self.manifest), client: client)
      let job = try await fixture.startJob(hash, client: client)
      #expect(job.rounds == 2)
      let body = try fixture.sealedResult(
        edge: fixture.edges[0], job: job, round: 1, counts: [("a", 40)])
      try await fixture.answer(body, edge: fixture.edges[0], job: job, round: 1, client: client)
      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "failed")
      #expect(results.job.error?.hasPrefix("combine not available") == true)
      #expect(results.rounds.count == 1)
      #expect(results.rounds.first?.table != nil)
    }
  }

  @Test func withCombinerRoundsFollowEachOther() async throws {
    let fixture = try HubFixture(edgeCount: 1, combiner: CountingCombiner())
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.router) { client in
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: Self.manifest), client: client)
      let job = try await fixture.startJob(hash, client: client, parameters: ["k": .number(3)])
      let edge = fixture.edges[0]
      let first = try fixture.sealedResult(edge: edge, job: job, round: 1, counts: [("a", 40)])
      try await fixture.answer(first, edge: edge, job: job, round: 1, client: client)
      let tasks = try await client.signed(.get, "/v1/edge/tasks?wait=0", key: edge)
      let next = try #require(try client.decode(tasks, as: [EdgeTask].self).first)
      #expect(next.round == 2)
      #expect(next.parameters == ["previous": .number(40), "round": .number(2)])
      let second = try fixture.sealedResult(edge: edge, job: job, round: 2, counts: [("a", 50)])
      try await fixture.answer(second, edge: edge, job: job, round: 2, client: client)
      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "completed")
      #expect(results.rounds.map(\.round) == [1, 2])
      // The manifest's last round closed: the hub never dispatches a round beyond it.
      let after = try await client.signed(.get, "/v1/edge/tasks?wait=0", key: edge)
      #expect(try client.decode(after, as: [EdgeTask].self).isEmpty)
      #expect(results.rounds.first?.parameters == ["k": .number(3)])
    }
  }
}
