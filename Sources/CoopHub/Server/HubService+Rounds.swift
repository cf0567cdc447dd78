import CoopEngine
import CoopGovernance
import Foundation

/// Closing rounds: federate the released tables, then open the next round or finish the job.
extension HubService {
  /// Closes `job`'s `round` if every edge answered, or (with `force`) because its deadline passed.
  func closeRoundIfDue(job id: String, round: Int, force: Bool) async throws {
    let combiner = self.combiner
    let now = clock()
    let closed = try await store.perform { database -> Bool in
      guard let job = try database.job(id: id), job.status == "running", job.round == round,
        let record = try database.rounds(job: id).first(where: { $0.round == round }),
        record.status == "open"
      else { return false }
      let complete = try database.answeredEdges(job: id, round: round)
        .isSuperset(of: try database.edges(job: id))
      guard complete || (force && record.deadlineAt <= now) else { return false }
      let answers = try database.answers(job: id, round: round)
      let bundle = try database.bundle(hash: job.bundle)?.file.bundle
      let manifest = bundle?.manifest ?? []
      let plan = RoundClosing(
        job: job, round: record, answers: answers, complete: complete, script: bundle?.script ?? "",
        manifest: manifest,
        combiner: combiner, now: now,
        earlierPartial: try database.rounds(job: id).contains { $0.status == "partial" })
      let outcome = plan.outcome()
      try database.close(
        job: id, round: round, status: outcome.roundStatus, federated: outcome.federated,
        jobStatus: outcome.jobStatus, error: outcome.error, next: outcome.next)
      return true
    }
    if closed {
      metrics.increment("rounds_closed")
      signal.signal()
    }
  }

  /// Closes every open round whose deadline has passed (run every second, and at start).
  public func sweepDeadlines() async throws {
    let due = try await store.perform { try $0.openRounds(dueBy: self.clock()) }
    for round in due { try await closeRoundIfDue(job: round.job, round: round.round, force: true) }
  }
}

/// What closing one round decides, computed from its answers (pure, so it is tested alone).
struct RoundClosing {
  var job: JobRecord
  var round: RoundRecord
  var answers: [AnswerRecord]
  var complete: Bool
  var script: String
  var manifest: [UInt8]
  var combiner: (any RoundCombiner)?
  var now: Int64
  var earlierPartial: Bool

  struct Outcome {
    var roundStatus: String
    var federated: [UInt8]?
    var jobStatus: String
    var error: String?
    var next: RoundRecord?
  }

  func outcome() -> Outcome {
    let roundStatus = complete ? "complete" : "partial"
    let tables = answers.compactMap { answer in
      answer.release.flatMap { try? JSONDecoder().decode(ReleaseTable.self, from: Data($0)) }
    }
    guard !tables.isEmpty else {
      return Outcome(
        roundStatus: roundStatus, federated: nil, jobStatus: "failed",
        error: "no edge released a result for round \(round.round)", next: nil)
    }
    let federated: ReleaseTable
    let bytes: [UInt8]
    do {
      federated = try FederatedSum.federate(tables, minGroup: job.minGroup)
      bytes = try CanonicalJSON.encode(federated)
    } catch {
      return failed(roundStatus, nil, "federation failed: \(error)")
    }
    guard round.round < job.rounds else {
      let partial = earlierPartial || !complete
      return Outcome(
        roundStatus: roundStatus, federated: bytes, jobStatus: partial ? "partial" : "completed",
        error: nil, next: nil)
    }
    guard let combiner else {
      return failed(
        roundStatus, bytes,
        "combine not available: this hub cannot compute round \(round.round + 1)'s parameters")
    }
    do {
      let parameters = try combiner.nextParameters(
        script: script, manifest: Data(manifest), parameters: Data(round.parameters), federated: federated)
      let next = RoundRecord(
        job: job.id, round: round.round + 1, parameters: Array(parameters),
        deadlineAt: now + job.deadlineSeconds, status: "open", federated: nil)
      return Outcome(
        roundStatus: roundStatus, federated: bytes, jobStatus: "running", error: nil, next: next)
    } catch {
      return failed(roundStatus, bytes, "combine failed: \(error)")
    }
  }

  private func failed(_ roundStatus: String, _ federated: [UInt8]?, _ error: String) -> Outcome {
    Outcome(
      roundStatus: roundStatus, federated: federated, jobStatus: "failed", error: error, next: nil)
  }
}
