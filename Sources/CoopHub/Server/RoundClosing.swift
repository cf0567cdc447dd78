import CoopEngine
import Foundation

/// What closing one round decides, computed from its answers (pure, so it is tested alone).
struct RoundClosing {
  var job: JobRecord
  var round: RoundRecord
  var answers: [AnswerRecord]
  var complete: Bool
  var script: String
  var manifest: [UInt8]
  var combiner: (any RoundCombiner)?
  var checker: (any ParameterChecker)?
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
    let parameters: Data
    do {
      parameters = try combiner.nextParameters(
        script: script, manifest: Data(manifest), parameters: Data(round.parameters), federated: federated)
    } catch {
      return failed(roundStatus, bytes, "combine failed: \(error)")
    }
    // Never dispatch parameters a job start would have refused: the job ends here instead.
    do { try checker?.check(script: script, parameters: parameters) } catch {
      return failed(
        roundStatus, bytes, "combine produced invalid parameters for round \(round.round + 1): \(error)")
    }
    let next = RoundRecord(
      job: job.id, round: round.round + 1, parameters: Array(parameters),
      deadlineAt: now + job.deadlineSeconds, status: "open", federated: nil)
    return Outcome(
      roundStatus: roundStatus, federated: bytes, jobStatus: "running", error: nil, next: next)
  }

  private func failed(_ roundStatus: String, _ federated: [UInt8]?, _ error: String) -> Outcome {
    Outcome(
      roundStatus: roundStatus, federated: federated, jobStatus: "failed", error: error, next: nil)
  }
}
