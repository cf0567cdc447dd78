import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// An edge's long-poll returns as soon as a job is started, not when its wait runs out.
@Suite struct LongPollTests {
  @Test func aWaitingEdgeIsWokenByANewJob() async throws {
    let fixture = try HubFixture(edgeCount: 1)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(try fixture.bundle(), client: client)
      let edge = HubClient(
        baseURL: URL(string: "http://127.0.0.1:\(port)")!, key: fixture.edges[0])
      let started = ContinuousClock.now
      let poll = Task { try await edge.get("/v1/edge/tasks?wait=20", as: [EdgeTask].self) }
      try await Task.sleep(for: .milliseconds(300))
      let job = try await fixture.startJob(hash, client: client)
      let tasks = try await poll.value
      #expect(tasks.map(\.job) == [job.id])
      #expect(ContinuousClock.now - started < .seconds(5))
      let again = try await edge.get("/v1/edge/tasks?wait=1", as: [EdgeTask].self)
      #expect(again.count == 1)  // still unanswered: listed again at once
    }
  }
}
