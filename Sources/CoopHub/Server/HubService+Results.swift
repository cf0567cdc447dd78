import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// Receiving edges' answers: open and check a sealed result, store it durably, acknowledge.
extension HubService {
  /// Stores `edge`'s answer to `job`'s `round`, then closes the round if it is complete.
  func submit(_ submission: ResultSubmission, job id: String, round: Int, edge: Principal)
    async throws -> (ResultReceipt, created: Bool)
  {
    let edgeID = edge.key.id.text
    let (job, edges) = try await store.perform { database -> (JobRecord?, [String]) in
      (try database.job(id: id), try database.edges(job: id))
    }
    guard let job else { throw HubError.notFound("no job \(id)") }
    guard edges.contains(edgeID) else {
      throw HubError.forbidden("job \(id) was not sent to edge \(edgeID)")
    }
    let answer = try answer(submission, job: job, round: round, edge: edge)
    let outcome = try await store.perform { database -> HubDatabase.StoreOutcome in
      guard let stored = try database.rounds(job: id).first(where: { $0.round == round }) else {
        throw HubError.notFound("job \(id) has no round \(round)")
      }
      return try database.store(answer, job: id, accepting: stored.status == "open")
    }
    if case .conflicting(let status) = outcome {
      throw HubError.conflict("edge \(edgeID) already answered round \(round) (\(status))")
    }
    if outcome == .stored {
      metrics.increment(answer.status == "released" ? "results_received" : "refusals_received")
    } else {
      metrics.increment("answers_repeated")
    }
    try await closeRoundIfDue(job: id, round: round, force: false)
    let receipt = ResultReceipt(
      job: id, round: round, edge: edgeID, status: answer.status, duplicate: outcome == .duplicate)
    return (receipt, outcome == .stored)
  }

  /// The record of a submission, after opening and checking a sealed result.
  private func answer(
    _ submission: ResultSubmission, job: JobRecord, round: Int, edge: Principal
  ) throws -> AnswerRecord {
    let edgeID = edge.key.id.text
    switch (submission.sealed, submission.refusal) {
    case (nil, let reason?):
      return AnswerRecord(
        edge: edgeID, round: round, status: "refused", reason: reason, sealed: nil, release: nil)
    case (let sealed?, nil):
      guard let box = Base64.decode(sealed) else {
        throw HubError.badRequest("'sealed' is not canonical base64")
      }
      let envelope: ResultEnvelope
      do {
        let message = try SignedSealedBox.open(box, with: key, from: edge.key)
        envelope = try JSONDecoder().decode(ResultEnvelope.self, from: Data(message))
      } catch {
        throw HubError.refused("the sealed result does not open for this edge: \(error)")
      }
      guard envelope.job == job.id, envelope.round == round, envelope.bundle == job.bundle,
        envelope.edge == edgeID, envelope.table.round == round,
        envelope.table.algorithm == job.algorithm
      else {
        throw HubError.refused("the sealed result is bound to another job, round, bundle or edge")
      }
      return AnswerRecord(
        edge: edgeID, round: round, status: "released", reason: nil, sealed: box,
        release: try CanonicalJSON.encode(envelope.table))
    default:
      throw HubError.badRequest("give exactly one of 'sealed' and 'refusal'")
    }
  }
}
