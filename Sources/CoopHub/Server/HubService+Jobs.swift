import CoopCrypto
import CoopGovernance
import Foundation

/// Starting jobs and describing them.
extension HubService {
  /// Starts a job of an approved bundle, sent to every enrolled edge.
  func startJob(_ request: JobRequest, analyst: Principal) async throws -> JobView {
    let (stored, revocations) = try await storedBundle(request.bundle)
    guard let board else { throw HubError.refused("the hub has no board: nothing is approved") }
    do {
      _ = try BundleVerifier(board: board, revocations: revocations).verify(stored.file, at: now)
    } catch {
      throw HubError.refused("bundle \(request.bundle) may not run: \(error)")
    }
    let deadline = request.deadlineSeconds ?? configuration.roundDeadlineSeconds
    guard (1...604_800).contains(deadline) else {
      throw HubError.badRequest("'deadlineSeconds' must be between 1 and 604800")
    }
    let bundle = stored.file.bundle
    let facts = ManifestFacts(bundle.manifest)
    let parameters = try CanonicalJSON.encode(request.parameters ?? [:])
    try checkParameters(parameters, of: bundle)
    let started = clock()
    let job = JobRecord(
      id: "job-" + Hex.encode(SecureRandom.bytes(8)), bundle: bundle.hash.hex,
      algorithm: bundle.algorithm, rounds: max(1, facts?.rounds ?? 1), round: 1,
      status: "running", deadlineSeconds: Int64(deadline), minGroup: facts?.minGroup,
      analyst: analyst.key.id.text, createdAt: started, error: nil)
    let first = RoundRecord(
      job: job.id, round: 1, parameters: parameters, deadlineAt: started + Int64(deadline),
      status: "open", federated: nil)
    try await store.perform { database in
      let edges = try database.principals(role: .edge).map(\.id)
      guard !edges.isEmpty else { throw HubError.conflict("no edge is enrolled") }
      try database.insert(job, edges: edges, firstRound: first)
    }
    metrics.increment("jobs_started")
    try await record(
      .dispatch, ["job": job.id, "bundle": job.bundle, "round": "1", "analyst": job.analyst])
    signal.signal()
    return try await view(job: job.id)
  }

  /// Refuses, before anything is stored or sent, parameters that do not fit the script's
  /// declarations (400, naming the parameter and why), or a script the hub cannot check (422).
  /// A hub without a checker (tests only: `coop hub serve` always has one) does not check.
  private func checkParameters(_ parameters: [UInt8], of bundle: ScriptBundle) throws {
    guard let parameterChecker else { return }
    do {
      try parameterChecker.check(script: bundle.script, parameters: Data(parameters))
    } catch .invalid(let why) {
      throw HubError.badRequest("invalid parameters: \(why)")
    } catch {
      throw HubError.refused("bundle \(bundle.hash.hex) cannot start here: \(error)")
    }
  }

  /// The view of job `id`; 404 if unknown.
  func view(job id: String) async throws -> JobView {
    let found = try await store.perform { database -> JobView? in
      guard let job = try database.job(id: id) else { return nil }
      return Self.view(
        job, edges: try database.edges(job: id), answers: try database.answers(job: id))
    }
    guard let found else { throw HubError.notFound("no job \(id)") }
    return found
  }

  /// Every job, newest first.
  func jobs() async throws -> [JobView] {
    try await store.perform { database in
      try database.jobs().map { job in
        Self.view(
          job, edges: try database.edges(job: job.id), answers: try database.answers(job: job.id))
      }
    }
  }

  static func view(_ job: JobRecord, edges: [String], answers: [AnswerRecord]) -> JobView {
    JobView(
      id: job.id, bundle: job.bundle, algorithm: job.algorithm, status: job.status,
      round: job.round, rounds: job.rounds,
      createdAt: Timestamp(secondsSinceEpoch: job.createdAt).text, error: job.error,
      edges: edges,
      answers: answers.map {
        EdgeAnswer(edge: $0.edge, round: $0.round, status: $0.status, reason: $0.reason)
      })
  }
}

/// JSON with sorted keys and no extra whitespace: the stored form of parameters and tables.
enum CanonicalJSON {
  /// The canonical bytes of `value`.
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }
}
