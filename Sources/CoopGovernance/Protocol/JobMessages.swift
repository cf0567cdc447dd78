/// `POST /v1/jobs`: an analyst starts a job of an approved bundle.
public struct JobRequest: Codable, Sendable, Equatable {
  /// The bundle hash.
  public var bundle: String
  /// The first round's public parameters, by name (empty for scripts without parameters).
  public var parameters: [String: JSONValue]?
  /// Seconds each round waits for edges before it completes as partial (default: the hub's).
  public var deadlineSeconds: Int?

  /// A job request.
  public init(bundle: String, parameters: [String: JSONValue]? = nil, deadlineSeconds: Int? = nil) {
    self.bundle = bundle
    self.parameters = parameters
    self.deadlineSeconds = deadlineSeconds
  }
}

/// What one edge answered for one round.
public struct EdgeAnswer: Codable, Sendable, Equatable {
  /// The edge's key id.
  public var edge: String
  /// The round (1-based).
  public var round: Int
  /// `released` or `refused`.
  public var status: String
  /// Why the edge refused (or why the hub rejected its result), if it did.
  public var reason: String?

  /// An answer.
  public init(edge: String, round: Int, status: String, reason: String?) {
    self.edge = edge
    self.round = round
    self.status = status
    self.reason = reason
  }
}

/// A job as the hub reports it.
public struct JobView: Codable, Sendable, Equatable {
  /// The job id.
  public var id: String
  /// The bundle hash.
  public var bundle: String
  /// The algorithm id.
  public var algorithm: String
  /// `running`, `completed`, `partial` (a deadline passed before every edge answered) or
  /// `failed`.
  public var status: String
  /// The current round (1-based).
  public var round: Int
  /// The number of rounds the manifest declares.
  public var rounds: Int
  /// When it started.
  public var createdAt: String
  /// Why it failed, if it did.
  public var error: String?
  /// The edges the job was sent to (key ids).
  public var edges: [String]
  /// Every answer received, by round.
  public var answers: [EdgeAnswer]

  /// A job view.
  public init(
    id: String, bundle: String, algorithm: String, status: String, round: Int, rounds: Int,
    createdAt: String, error: String?, edges: [String], answers: [EdgeAnswer]
  ) {
    self.id = id
    self.bundle = bundle
    self.algorithm = algorithm
    self.status = status
    self.round = round
    self.rounds = rounds
    self.createdAt = createdAt
    self.error = error
    self.edges = edges
    self.answers = answers
  }
}

/// `GET /v1/edge/tasks`: a round an edge has to answer.
public struct EdgeTask: Codable, Sendable, Equatable {
  /// The job id.
  public var job: String
  /// The round (1-based).
  public var round: Int
  /// The number of rounds.
  public var rounds: Int
  /// The bundle hash to fetch and verify.
  public var bundle: String
  /// The round's public parameters.
  public var parameters: [String: JSONValue]
  /// When the round stops waiting.
  public var deadline: String

  /// A task.
  public init(
    job: String, round: Int, rounds: Int, bundle: String, parameters: [String: JSONValue],
    deadline: String
  ) {
    self.job = job
    self.round = round
    self.rounds = rounds
    self.bundle = bundle
    self.parameters = parameters
    self.deadline = deadline
  }
}

/// `POST /v1/jobs/{id}/rounds/{round}/result`: an edge's sealed result, or its refusal.
public struct ResultSubmission: Codable, Sendable, Equatable {
  /// Base64 of the `SignedSealedBox` holding the result envelope; absent for a refusal.
  public var sealed: String?
  /// Why the edge refuses to answer (policy, budget, verification); absent for a result.
  public var refusal: String?

  /// A submission.
  public init(sealed: String? = nil, refusal: String? = nil) {
    self.sealed = sealed
    self.refusal = refusal
  }
}

/// The hub's acknowledgement of a submission: it is durably stored when this is sent.
public struct ResultReceipt: Codable, Sendable, Equatable {
  /// The job id.
  public var job: String
  /// The round.
  public var round: Int
  /// The edge.
  public var edge: String
  /// `released` or `refused`.
  public var status: String
  /// `true` when the same submission had already been stored (a retry).
  public var duplicate: Bool

  /// A receipt.
  public init(job: String, round: Int, edge: String, status: String, duplicate: Bool) {
    self.job = job
    self.round = round
    self.edge = edge
    self.status = status
    self.duplicate = duplicate
  }
}
