import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import Testing

@testable import CoopHub

/// Edges that crash, go offline, or refuse, in a cooperative of real processes.
extension CooperativeProcessTests {
  /// One cooperative of five edges through a crash of two edges and the hub, an edge offline
  /// past a deadline, and jobs the edges refuse.
  @Test func edgesSurviveCrashesDeadlinesAndRefusals() async throws {
    let cooperative = try Cooperative(edges: Array(repeating: .generous, count: 5), employees: 3000)
    defer { cooperative.shutDown() }
    try await cooperative.start()
    let carpool = try cooperative.submitAndApprove(try cooperative.bundle("carpool"))
    try await killedEdgesNeitherSpendNorReleaseTwice(cooperative, carpool: carpool)
    let partial = try await anOfflineEdgeLeavesTheJobPartial(cooperative, carpool: carpool)
    try await tamperedAndRevokedBundlesAreRefused(cooperative)
    #expect(try cooperative.audit(edge: 4).allSatisfy { !($0.payload["job"] ?? "").hasPrefix(partial) })
    try await aRetiredEdgeIsNoLongerWaitedFor(cooperative, carpool: carpool)
  }

  /// Edge 3 goes offline during a job with a long deadline; the operator retires its key with
  /// `coop hub retire`: the round closes at once (edge 3 named missing), the next job is not sent
  /// to it, and its key neither authenticates nor enrolls again.
  func aRetiredEdgeIsNoLongerWaitedFor(_ cooperative: Cooperative, carpool: String) async throws {
    cooperative.edges[3].stop()
    let id = cooperative.edgeKeys[3].id.text
    let waiting = try cooperative.startJob(carpool, deadline: 600)
    let started = Date()
    #expect(try cooperative.coop("hub", "retire", "edge-3/edge.pub", as: "ops").contains("retired \(id) (edge"))
    let results = try await cooperative.finished(waiting)
    #expect(Date().timeIntervalSince(started) < 120, "the round waited for the retired edge")
    #expect(results.job.status == "completed")
    #expect(results.rounds.first?.missing == [] && results.rounds.first?.retired == [id])
    #expect(results.rounds.first?.contributors.count == 4)
    #expect(try cooperative.resultsTable(waiting).contains("  retired (not waited for): \(id)\n"))
    let next = try await cooperative.finished(try cooperative.startJob(carpool, deadline: 600))
    #expect(next.job.status == "completed" && next.job.edges.count == 4 && !next.job.edges.contains(id))
    let client = HubClient(baseURL: URL(string: cooperative.hubURL)!, key: cooperative.edgeKeys[3])
    let (status, body) = try await client.send("GET", "/v1/edge/tasks?wait=0")
    #expect(status == 401 && String(decoding: body, as: UTF8.self).contains("retired"))
    // Analysts still see its name (old jobs name it), marked retired.
    let analyst = HubClient(baseURL: URL(string: cooperative.hubURL)!, key: cooperative.analyst)
    let edges: [PrincipalView] = try await analyst.get("/v1/edges")
    #expect(edges.count == 5 && edges.first { $0.id == id }?.retiredAt != nil)
    #expect(edges.filter { $0.retiredAt == nil }.count == 4)
    #expect(throws: CooperativeError.self) {
      try cooperative.coop("hub", "enroll", "--role", "edge", "--public-key", "edge-3/edge.pub", as: "ops")
    }
    let trail = try cooperative.hubAudit().filter { $0.kind == .retire }
    #expect(trail.map { $0.payload["key"] } == [id])
  }

  /// Edge 0 is killed between its budget debit and its release; edge 1 after its release while
  /// the hub is down, so its result was never acknowledged. Restarted, edge 0 runs again without
  /// a second debit, edge 1 re-sends the sealed bytes its ledger holds, and the hub keeps one
  /// answer from each.
  func killedEdgesNeitherSpendNorReleaseTwice(_ cooperative: Cooperative, carpool: String) async throws {
    let locks = try [0, 1].map { try FileLock(cooperative.edges[$0].auditLog) }
    let job = try cooperative.startJob(carpool)
    let ledgerJob = job + "/1"
    func debited(_ edge: Int, released: Bool) -> Bool {
      (try? cooperative.debits(edge: edge).contains { $0.job == ledgerJob && $0.released == released }) == true
    }
    #expect(await eventually { debited(0, released: false) && debited(1, released: false) })
    cooperative.edges[0].kill()
    try await cooperative.killAndRestartHub {
      locks[1].release()
      #expect(await eventually { debited(1, released: true) })
      cooperative.edges[1].kill()
    }
    locks[0].release()
    let sent = try cooperative.releasedBox(edge: 1, job: job, round: 1)
    try await cooperative.edges[0].start()
    try await cooperative.edges[1].start()

    let results = try await cooperative.finished(job)
    #expect(results.job.status == "completed")
    let round = try #require(results.rounds.first)
    #expect(round.contributors.count == 5)
    #expect(try cooperative.releasedBox(edge: 1, job: job, round: 1) == sent)
    #expect(cooperative.edges[1].output.contains("re-sending the released result of \(ledgerJob)"))
    for edge in [0, 1] {
      let epsilon = try Epsilon("1")
      #expect(try cooperative.debits(edge: edge).filter { $0.job == ledgerJob }
        == [Cooperative.Debit(job: ledgerJob, epsilon: epsilon, released: true)])
      let box = try cooperative.releasedBox(edge: edge, job: job, round: 1)
      #expect(try cooperative.hubAnswers(job: job, round: 1, edge: edge) == [box])
      #expect(try cooperative.auditCount(.release, edge: edge, ledgerJob: ledgerJob) == 1)
      #expect(try cooperative.auditCount(.budgetDebit, edge: edge, ledgerJob: ledgerJob) == 1)
    }
    let released = try (0..<5).map { try cooperative.releasedTable(edge: $0, job: job, round: 1) }
    try FederationCheck.expectSum(try #require(round.table), of: released, minGroup: 5)
  }

  /// Edge 4 is offline past the deadline: the job completes partial, naming it as missing;
  /// back online, it is not asked for the closed round. Returns the job.
  func anOfflineEdgeLeavesTheJobPartial(_ cooperative: Cooperative, carpool: String) async throws
    -> String
  {
    cooperative.edges[4].stop()
    let job = try cooperative.startJob(carpool, deadline: 6)
    let results = try await cooperative.finished(job)
    #expect(results.job.status == "partial")
    let round = try #require(results.rounds.first)
    #expect(round.status == "partial")
    #expect(round.missing == [cooperative.edgeKeys[4].id.text])
    #expect(round.contributors.count == 4)
    let released = try (0..<4).map { try cooperative.releasedTable(edge: $0, job: job, round: 1) }
    try FederationCheck.expectSum(try #require(round.table), of: released, minGroup: 5)
    let table = try cooperative.resultsTable(job)
    #expect(table.contains("round 1: partial, 4 contributed, 0 refused, 1 missing"))
    #expect(table.contains("  missing: \(cooperative.edgeKeys[4].id.text)\n"))
    try await cooperative.edges[4].start()
    return job
  }

  /// A bundle whose approved manifest is not the one its script yields, and a bundle a quorum
  /// revoked after its job started: every edge refuses without spending budget, says why in its
  /// audit log, and the analyst reads the refusals.
  func tamperedAndRevokedBundlesAreRefused(_ cooperative: Cooperative) async throws {
    let file = cooperative.directory + "/carpool.coopbundle"
    let original = try BundleFile(
      parsing: Array(try Data(contentsOf: URL(fileURLWithPath: file))), source: file
    ).bundle
    let manifest = String(decoding: original.manifest, as: UTF8.self)
      .replacingOccurrences(of: "Solo drivers sharing", with: "Drivers sharing")
    #expect(Array(manifest.utf8) != original.manifest)
    let tampered = try ScriptBundle(
      algorithm: original.algorithm, version: original.version, script: original.script,
      manifest: Array(manifest.utf8), author: cooperative.author)
    try Data(BundleFile(bundle: tampered).encoded()).write(
      to: URL(fileURLWithPath: cooperative.directory + "/tampered.coopbundle"))
    let tamperedHash = try cooperative.submitAndApprove("tampered.coopbundle")
    let revokedHash = try cooperative.submitAndApprove(try cooperative.bundle("third_places"))

    for edge in cooperative.edges { edge.pause() }
    let tamperedJob = try cooperative.startJob(tamperedHash)
    let revokedJob = try cooperative.startJob(revokedHash)
    try await cooperative.revoke(revokedHash, by: [0, 2], reason: "wrong epsilon")
    for edge in cooperative.edges { edge.resume() }

    let mismatch = "execution: the approved manifest is not the one this script yields; refusing to run it"
    for (job, reason) in [(tamperedJob, mismatch), (revokedJob, "verification: ")] {
      let results = try await cooperative.finished(job)
      #expect(results.job.status == "failed")
      let round = try #require(results.rounds.first)
      #expect(round.contributors.isEmpty)
      #expect(round.refusals.count == 5)
      let table = try cooperative.resultsTable(job)
      for (index, key) in cooperative.edgeKeys.enumerated() {
        let refusal = round.refusals.first { $0.edge == key.id.text }?.reason ?? ""
        #expect(refusal.hasPrefix(reason), "\(refusal)")
        #expect(table.contains("refused by \(key.id.text): \(refusal)"))
        #expect(try cooperative.refusals(edge: index, job: job) == [refusal])
        #expect(try cooperative.debits(edge: index).allSatisfy { !$0.job.hasPrefix(job + "/") })
      }
    }
    let revoked = try await cooperative.results(revokedJob).rounds.first?.refusals.first?.reason
    #expect(revoked?.contains("revoked") == true, "\(revoked ?? "")")
  }
}
