/// A job as stored.
struct JobRecord: Sendable, Equatable {
  var id: String
  var bundle: String
  var algorithm: String
  var rounds: Int
  var round: Int
  /// `running`, `completed`, `partial` or `failed`.
  var status: String
  var deadlineSeconds: Int64
  var minGroup: Int?
  var analyst: String
  var createdAt: Int64
  var error: String?
}

/// One round of a job as stored.
struct RoundRecord: Sendable, Equatable {
  var job: String
  var round: Int
  /// Canonical JSON object of the round's public parameters.
  var parameters: [UInt8]
  var deadlineAt: Int64
  /// `open`, `complete` or `partial`.
  var status: String
  /// Canonical JSON of the federated `ReleaseTable`, once the round is closed.
  var federated: [UInt8]?
}

/// One edge's stored answer to one round.
struct AnswerRecord: Sendable, Equatable {
  var edge: String
  var round: Int
  /// `released` or `refused`.
  var status: String
  var reason: String?
  /// The sealed box as received (kept as evidence).
  var sealed: [UInt8]?
  /// Canonical JSON of the opened `ReleaseTable`.
  var release: [UInt8]?
}
