import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// Closing rounds: federate the released tables, then open the next round or finish the job.
extension HubService {
  /// Closes `job`'s `round` if every edge answered, or (with `force`) because its deadline passed.
  func closeRoundIfDue(job id: String, round: Int, force: Bool) async throws {
    let combiner = self.combiner
    let checker = self.parameterChecker
    let now = clock()
    let closed = try await store.perform { database -> (RoundClosing.Outcome, JobRecord, Int)? in
      guard let job = try database.job(id: id), job.status == "running", job.round == round,
        let record = try database.rounds(job: id).first(where: { $0.round == round }),
        record.status == "open"
      else { return nil }
      // Retired edges will never answer: a round waits only for the others.
      let edges = try database.edges(job: id)
      let complete = try database.answeredEdges(job: id, round: round)
        .isSuperset(of: Set(edges).subtracting(try database.retired(among: edges)))
      guard complete || (force && record.deadlineAt <= now) else { return nil }
      let answers = try database.answers(job: id, round: round)
      let bundle = try database.bundle(hash: job.bundle)?.file.bundle
      let manifest = bundle?.manifest ?? []
      let plan = RoundClosing(
        job: job, round: record, answers: answers, complete: complete, script: bundle?.script ?? "",
        manifest: manifest,
        combiner: combiner, checker: checker, now: now,
        earlierPartial: try database.rounds(job: id).contains { $0.status == "partial" })
      let outcome = plan.outcome()
      try database.close(
        job: id, round: round, status: outcome.roundStatus, federated: outcome.federated,
        jobStatus: outcome.jobStatus, error: outcome.error, next: outcome.next)
      return (outcome, job, answers.count)
    }
    guard let (outcome, job, answers) = closed else { return }
    metrics.increment("rounds_closed")
    try await recordClosing(job: job, round: round, outcome: outcome, answers: answers)
    signal.signal()
  }

  /// Audit entries for a closed round: `publish` (its status, the job's, how many edges answered,
  /// and the BLAKE2b-256 of the federated table as stored and served), then `dispatch` of the
  /// next round if there is one.
  private func recordClosing(job: JobRecord, round: Int, outcome: RoundClosing.Outcome, answers: Int)
    async throws
  {
    var payload = [
      "job": job.id, "round": String(round), "status": outcome.roundStatus,
      "job_status": outcome.jobStatus, "answers": String(answers),
    ]
    if let table = outcome.federated { payload["table"] = Digest(hashing: table).hex }
    if let error = outcome.error { payload["error"] = error }
    try await record(.publish, payload)
    if let next = outcome.next {
      try await record(.dispatch, ["job": job.id, "bundle": job.bundle, "round": String(next.round)])
    }
  }

  /// Retires key id `id` (edge, author or analyst), records it, and closes the open rounds that
  /// were waiting only for it. Throws `notFound` unless an active registered key has that id.
  func retire(principal id: String, by caller: Principal?) async throws -> PrincipalView {
    guard let view = try await store.perform({ try $0.retire(id: id) }) else {
      throw HubError.notFound("no active registered key \(id)")
    }
    metrics.increment("principals_retired")
    try await record(.retire, ["key": id, "role": view.role, "name": view.name, "operator": caller?.key.id.text ?? ""])
    let open = try await store.perform { try $0.openRounds() }
    for round in open { try await closeRoundIfDue(job: round.job, round: round.round, force: false) }
    return view
  }

  /// Closes every open round whose deadline has passed (run every second, and at start).
  public func sweepDeadlines() async throws {
    let due = try await store.perform { try $0.openRounds(dueBy: self.clock()) }
    for round in due { try await closeRoundIfDue(job: round.job, round: round.round, force: true) }
  }
}
