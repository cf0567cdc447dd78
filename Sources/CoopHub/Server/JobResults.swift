import CoopEngine
import CoopGovernance

/// `GET /v1/jobs/{id}/results`: a job's federated tables, round by round, with who
/// contributed, who refused and why, and who did not answer.
public struct JobResults: Codable, Sendable, Equatable {
  /// The job.
  public var job: JobView
  /// Its rounds, in order.
  public var rounds: [RoundResult]

  /// Results of a job.
  public init(job: JobView, rounds: [RoundResult]) {
    self.job = job
    self.rounds = rounds
  }
}

/// One round's outcome.
public struct RoundResult: Codable, Sendable, Equatable {
  /// The round (1-based).
  public var round: Int
  /// `open`, `complete` (every edge answered, retired edges aside) or `partial` (the deadline
  /// passed first).
  public var status: String
  /// The round's public parameters.
  public var parameters: [String: JSONValue]
  /// When the round stops waiting.
  public var deadline: String
  /// The federated table (cells summed across edges, min_group applied to the totals), once
  /// the round is closed.
  public var table: ReleaseTable?
  /// Edges whose results were summed (key ids).
  public var contributors: [String]
  /// Edges that refused, with their reasons.
  public var refusals: [EdgeAnswer]
  /// Edges that did not answer.
  public var missing: [String]
  /// Edges whose keys were retired before they answered (absent when none): not waited for.
  public var retired: [String]?

  /// A round's outcome.
  public init(
    round: Int, status: String, parameters: [String: JSONValue], deadline: String,
    table: ReleaseTable?, contributors: [String], refusals: [EdgeAnswer], missing: [String],
    retired: [String]? = nil
  ) {
    self.round = round
    self.status = status
    self.parameters = parameters
    self.deadline = deadline
    self.table = table
    self.contributors = contributors
    self.refusals = refusals
    self.missing = missing
    self.retired = retired
  }
}
