import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// The steps of a job, through the API: submit, approve, start, answer.
extension HubFixture {
  /// Submits `bundle` as the author and has two board members approve it; returns its hash.
  func submitAndApprove(_ bundle: ScriptBundle, client: some TestClientProtocol) async throws
    -> String
  {
    let file = BundleFile(bundle: bundle)
    let submitted = try await client.signed(
      .post, "/v1/bundles", key: author,
      body: try json(BundleSubmission(bundle: Base64.encode(file.encoded()))))
    #expect(submitted.status == .created)
    let now = Timestamp.now()
    for member in members.prefix(2) {
      let approval = try Approval(
        approving: bundle.hash, key: member, validFrom: now.adding(seconds: -60),
        validUntil: now.adding(seconds: 86_400))
      let response = try await client.signed(
        .post, "/v1/bundles/\(bundle.hash.hex)/approvals", key: member,
        body: try json(ApprovalMessage(approval)))
      #expect(response.status == .created)
    }
    return bundle.hash.hex
  }

  /// Starts a job of `hash` as the analyst.
  func startJob(
    _ hash: String, client: some TestClientProtocol, deadline: Int? = nil,
    parameters: [String: JSONValue]? = nil
  ) async throws -> JobView {
    let response = try await client.signed(
      .post, "/v1/jobs", key: analyst,
      body: try json(JobRequest(bundle: hash, parameters: parameters, deadlineSeconds: deadline)))
    #expect(response.status == .created, "\(String(buffer: response.body))")
    return try client.decode(response, as: JobView.self)
  }

  /// A result submission sealed by `edge` to the hub, bound to `job`'s `round`.
  func sealedResult(
    edge: SecretKey, job: JobView, round: Int, counts: [(String, Int)], bindTo other: String? = nil
  ) throws -> String {
    let table = ReleaseTable(
      algorithm: job.algorithm, version: 1, round: round, keyNames: ["zone"],
      values: [ReleasedValueSpec(name: "n", kind: .count, unit: "")],
      cells: counts.map { key, count in
        ReleaseCell(
          key: [.text(key)],
          count: NoisyNumber(units: count, decimals: 0, noise: "laplace:2", halfWidth95: 6),
          sums: [:])
      }, suppressed: 0)
    let envelope = ResultEnvelope(
      job: other ?? job.id, round: round, bundle: job.bundle, edge: edge.id.text, table: table)
    let box = try SignedSealedBox.seal(
      Array(try envelope.canonicalJSON()), from: edge, to: service.key.publicKey)
    return try json(ResultSubmission(sealed: Base64.encode(box)))
  }

  /// Posts `body` as `edge`'s answer to `job`'s `round`.
  @discardableResult
  func answer(
    _ body: String, edge: SecretKey, job: JobView, round: Int, client: some TestClientProtocol
  ) async throws -> TestResponse {
    try await client.signed(
      .post, "/v1/jobs/\(job.id)/rounds/\(round)/result", key: edge, body: body)
  }

  /// The results of `job`, as the analyst reads them.
  func results(_ job: JobView, client: some TestClientProtocol) async throws -> JobResults {
    let response = try await client.signed(.get, "/v1/jobs/\(job.id)/results", key: analyst)
    #expect(response.status == .ok)
    return try client.decode(response, as: JobResults.self)
  }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  /// How far the clock is ahead of real time. It follows real time otherwise: approvals are
  /// signed at the real time, and a clock frozen at its creation would see them as not yet
  /// valid whenever the test crosses a second (a flaky refusal under load).
  private var offset: Int64 = 0

  /// The current time.
  var now: Int64 { lock.withLock { Timestamp.now().secondsSinceEpoch + offset } }

  /// Moves the clock forward.
  func advance(by delta: Int64) { lock.withLock { offset += delta } }
}
