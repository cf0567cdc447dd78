import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import Testing

@testable import CoopHub

/// A cooperative of real processes on loopback running the real executor: a `coop hub serve`
/// and `coop edge run` agents on `coop synth` stores, driven through the roles' commands.
@Suite(.serialized) struct CooperativeProcessTests {
  /// Five edges run carpool and the two rounds of third places; a sixth, stricter edge refuses
  /// carpool for its budget and third places by its policy. Every federated total is the sum of
  /// what the edges released (opened from their ledgers with the hub's key), every cell left out
  /// falls below the threshold, and each round's parameters are the combine step's output on
  /// the round before.
  @Test func federatedTotalsAreTheSumsOfWhatEdgesReleased() async throws {
    let strict = EdgeRules(algorithms: ["carpool"], maxEpsilonPerJob: "1", maxEpsilonPerPeriod: "0.5")
    let cooperative = try Cooperative(edges: Array(repeating: .generous, count: 5) + [strict], employees: 6000)
    defer { cooperative.shutDown() }
    try await cooperative.start()
    let companies = Array(cooperative.edgeKeys.prefix(5).map(\.id.text))
    let strictID = cooperative.edgeKeys[5].id.text

    let carpool = try cooperative.startJob(try cooperative.submitAndApprove(try cooperative.bundle("carpool")))
    let carpoolResults = try await cooperative.finished(carpool)
    #expect(carpoolResults.job.status == "completed", "\(carpoolResults.rounds.map(\.refusals))")
    let round = try #require(carpoolResults.rounds.first)
    #expect(round.contributors.sorted() == companies.sorted())
    let released = try (0..<5).map { try cooperative.releasedTable(edge: $0, job: carpool, round: 1) }
    let published = try FederationCheck.expectSum(try #require(round.table), of: released, minGroup: 5)
    #expect(published > 0, "no carpool cell stood out of the noise")
    #expect(round.refusals.map(\.edge) == [strictID])
    let overBudget = try #require(round.refusals.first?.reason)
    #expect(overBudget.hasPrefix("budget: "), "\(overBudget)")
    #expect(try cooperative.debits(edge: 5).isEmpty)
    #expect(try cooperative.resultsTable(carpool).contains("refused by \(strictID): \(overBudget)"))
    #expect(try cooperative.refusals(edge: 5, job: carpool) == [overBudget])

    let thirdPlaces = try cooperative.bundle("third_places")
    let thirdPlacesHash = try cooperative.submitAndApprove(thirdPlaces)
    // Parameters the script does not accept reach no edge: `coop jobs start` gets the hub's 400.
    let (status, output) = try CoopBinary.run(
      ["jobs", "start", thirdPlacesHash, "--param", "centers=[]", "--hub", cooperative.hubURL, "--key", "analyst.key"],
      in: cooperative.directory)
    #expect(status != 0 && output.contains("400 bad-request: invalid parameters: 'centers' is an empty list"), "\(output)")
    let job = try cooperative.startJob(thirdPlacesHash)
    let results = try await cooperative.finished(job)
    #expect(results.job.status == "completed", "\(results.rounds.map(\.refusals))")
    #expect(results.rounds.map(\.round) == [1, 2])
    let denied = "policy: algorithm third_places is not allowed by this edge's policy"
    for round in results.rounds {
      #expect(round.status == "complete")
      #expect(round.contributors.sorted() == companies.sorted())
      #expect(round.refusals.map(\.edge) == [strictID])
      #expect(round.refusals.first?.reason == denied)
      let released = try (0..<5).map { try cooperative.releasedTable(edge: $0, job: job, round: round.round) }
      try FederationCheck.expectSum(try #require(round.table), of: released, minGroup: 10)
    }
    try expectCombined(results.rounds, bundleFile: cooperative.directory + "/" + thirdPlaces)
    for edge in 0..<5 {
      #expect(try cooperative.executedRounds(edge: edge, job: job) == [1, 2])
      let debits = try cooperative.debits(edge: edge).filter { $0.job.hasPrefix(job + "/") }
      #expect(debits.map(\.epsilon) == Array(repeating: try Epsilon("0.6"), count: 2))
      // Both rounds count against the job's cap, the manifest's total ε, which they reach.
      let ledger = try BudgetLedger(
        path: cooperative.edges[edge].ledger, edge: EdgeAgent.ledgerNamespace, defaultLimit: try Epsilon("1"))
      #expect(try ledger.spent(byJob: job) == (try Epsilon("1.2")))
      #expect(try ledger.receipt(job: job + "/2")?.cap == JobCap(job: job, total: try Epsilon("1.2")))
    }
    #expect(try cooperative.resultsTable(job).contains("refused by \(strictID): \(denied)"))
    // The hub's signed log: each round dispatched, then published with its table's digest.
    let trail = try cooperative.hubAudit().filter { $0.payload["job"] == job }
    #expect(trail.map { "\($0.kind.rawValue) \($0.payload["round"] ?? "")" } == ["dispatch 1", "publish 1", "dispatch 2", "publish 2"])
    for entry in trail where entry.kind == .publish {
      #expect(entry.payload["status"] == "complete" && entry.payload["answers"] == "6")
      #expect(entry.payload["table"]?.count == 64)
    }
    #expect(trail.last?.payload["job_status"] == "completed")
    #expect(try cooperative.refusals(edge: 5, job: job) == Array(repeating: denied, count: 2))
  }

  /// Expects each round's parameters after the first to be `ScriptCombiner`'s output on the
  /// round before: its parameters and its federated table.
  func expectCombined(_ rounds: [RoundResult], bundleFile: String) throws {
    let bundle = try BundleFile(
      parsing: Array(try Data(contentsOf: URL(fileURLWithPath: bundleFile))), source: bundleFile
    ).bundle
    let combiner = ScriptCombiner(schemaDirectories: [Cooperative.schemas])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for (before, after) in zip(rounds, rounds.dropFirst()) {
      let next = try combiner.nextParameters(
        script: bundle.script, manifest: Data(bundle.manifest),
        parameters: try encoder.encode(before.parameters), federated: try #require(before.table))
      let expected = try JSONDecoder().decode([String: JSONValue].self, from: next)
      #expect(after.parameters == expected, "round \(after.round)'s parameters")
      #expect(after.parameters != before.parameters, "the centres did not move in round \(before.round)")
    }
  }
}
