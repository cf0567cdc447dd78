import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// A combiner whose next round's parameters are whatever it was given.
struct FixedCombiner: RoundCombiner {
  let next: String

  func nextParameters(script: String, manifest: Data, parameters: Data, federated: ReleaseTable) throws -> Data {
    Data(next.utf8)
  }
}

/// The hub checks a job's parameters against its script's declarations before anything is
/// stored or sent: at job start (400, naming the parameter and why) and on what a combine step
/// computes for the next round (the job then fails, saying why).
@Suite struct JobParameterTests {
  static let checker = ScriptCombiner(schemaDirectories: [Cooperative.schemas])

  @Test func invalidParametersAreRefusedWith400() async throws {
    let fixture = try HubFixture(edgeCount: 1, parameterChecker: Self.checker)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    let third = try fixture.algorithmBundle("mobility/third_places")
    let long = try fixture.algorithmBundle("examples/long_commutes")
    try await fixture.application.test(.router) { client in
      let thirdHash = try await fixture.submitAndApprove(third, client: client)
      let longHash = try await fixture.submitAndApprove(long, client: client)
      let nine = String(repeating: "[-21.1,55.5],", count: 8) + "[-21.1,55.5]"
      // (bundle, parameters, what the message must say)
      let cases: [(String, String, String)] = [
        (thirdHash, #"{"centers":[]}"#, "'centers' is an empty list"),
        (thirdHash, #"{"centers":[\#(nine)]}"#, "'centers' has more than 8 values"),
        (thirdHash, #"{"centers":[[95,55.5]]}"#, "'centers' has a point off the globe"),
        (thirdHash, #"{"centers":3}"#, "'centers' must be a list"),
        (thirdHash, #"{"k":3}"#, "the script has no parameter 'k'"),
        (longHash, #"{"threshold":70000}"#, "'threshold' = 70000 is outside 5000 .. 60000"),
        (longHash, #"{"threshold":"4999.5"}"#, "'threshold' = 4999.5 is outside 5000 .. 60000"),
        (longHash, #"{"threshold":true}"#, "'threshold' holds true or false"),
      ]
      for (hash, parameters, message) in cases {
        let response = try await client.signed(
          .post, "/v1/jobs", key: fixture.analyst,
          body: #"{"bundle":"\#(hash)","parameters":\#(parameters)}"#)
        let body = String(buffer: response.body)
        #expect(response.status == .badRequest, "\(parameters): \(body)")
        #expect(body.contains(#""code":"bad-request""#) && body.contains("invalid parameters: \(message)"), "\(body)")
      }
      let jobs = try await client.signed(.get, "/v1/jobs", key: fixture.analyst)
      #expect(try client.decode(jobs, as: [JobView].self).isEmpty, "a refused start stored a job")
      // Valid parameters, and none (the initial values), start jobs.
      let started = try await fixture.startJob(
        thirdHash, client: client, parameters: ["centers": .array([.array([.number(-21.1), .number(55.5)])])])
      #expect(started.status == "running")
      _ = try await fixture.startJob(longHash, client: client, parameters: ["threshold": .number(30000)])
      _ = try await fixture.startJob(longHash, client: client)
    }
  }

  @Test func aScriptTheHubCannotCheckCannotStart() async throws {
    let fixture = try HubFixture(edgeCount: 1, parameterChecker: Self.checker)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.router) { client in
      // The fixture's placeholder script does not check: the hub refuses rather than guess.
      let hash = try await fixture.submitAndApprove(try fixture.bundle(), client: client)
      let response = try await client.signed(
        .post, "/v1/jobs", key: fixture.analyst, body: #"{"bundle":"\#(hash)"}"#)
      #expect(response.status == .unprocessableContent)
      #expect(String(buffer: response.body).contains("the hub cannot check the script's parameters"))
    }
  }

  @Test func aCombineStepProducingInvalidParametersEndsTheJob() async throws {
    let fixture = try HubFixture(
      edgeCount: 1, combiner: FixedCombiner(next: #"{"centers":[]}"#), parameterChecker: Self.checker)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    let bundle = try fixture.algorithmBundle("mobility/third_places")
    try await fixture.application.test(.router) { client in
      let hash = try await fixture.submitAndApprove(bundle, client: client)
      let job = try await fixture.startJob(hash, client: client)
      #expect(job.rounds == 2)
      let edge = fixture.edges[0]
      let first = try fixture.sealedResult(edge: edge, job: job, round: 1, counts: [("a", 40)])
      #expect(try await fixture.answer(first, edge: edge, job: job, round: 1, client: client).status == .created)
      let results = try await fixture.results(job, client: client)
      #expect(results.job.status == "failed")
      #expect(
        results.job.error?.hasPrefix("combine produced invalid parameters for round 2: 'centers' is an empty list")
          == true, "\(results.job.error ?? "")")
      #expect(results.rounds.map(\.round) == [1])
      #expect(results.rounds.first?.table != nil)
      let tasks = try await client.signed(.get, "/v1/edge/tasks?wait=0", key: edge)
      #expect(try client.decode(tasks, as: [EdgeTask].self).isEmpty)
      let audit = try AuditLog(path: fixture.directory + "/audit.log").verify(keys: [fixture.service.key.publicKey])
      let publish = try #require(audit.last)
      #expect(publish.kind == .publish && publish.payload["job_status"] == "failed")
      #expect(!audit.contains { $0.kind == .dispatch && $0.payload["round"] == "2" })
    }
  }
}
