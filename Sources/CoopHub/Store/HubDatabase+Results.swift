/// Edges' answers to rounds, and the tasks still waiting for them.
extension HubDatabase {
  /// What storing an answer did.
  enum StoreOutcome: Sendable, Equatable {
    /// Stored now.
    case stored
    /// The very same answer was already stored (a retry).
    case duplicate
    /// Another answer of this edge to this round is stored; the first one stands.
    case conflicting(existingStatus: String)
  }

  /// Stores `answer` to `job`'s round, durably, unless the edge already answered it; a new
  /// answer to a round that no longer accepts any is refused with `conflict`.
  func store(_ answer: AnswerRecord, job: String, accepting: Bool) throws -> StoreOutcome {
    try connection.transaction {
      let existing = try connection.prepare(
        "SELECT status, sealed, reason FROM results WHERE job = ? AND round = ? AND edge = ?"
      ).bind(.text(job), .integer(Int64(answer.round)), .text(answer.edge))
      if try existing.step() {
        let status = existing.text(0) ?? ""
        let same =
          status == answer.status && existing.blob(1) == answer.sealed
          && existing.text(2) == answer.reason
        return same ? .duplicate : .conflicting(existingStatus: status)
      }
      guard accepting else {
        throw HubError.conflict("round \(answer.round) of job \(job) is closed")
      }
      try connection.prepare(
        """
        INSERT INTO results (job, round, edge, status, reason, sealed, release, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
      ).bind(
        .text(job), .integer(Int64(answer.round)), .text(answer.edge), .text(answer.status),
        answer.reason.map { .text($0) } ?? .null, answer.sealed.map { .blob($0) } ?? .null,
        answer.release.map { .blob($0) } ?? .null, .integer(Self.now())
      ).run()
      return .stored
    }
  }

  /// Every answer to `job` (all rounds, or one), by round then edge.
  func answers(job: String, round: Int? = nil) throws -> [AnswerRecord] {
    let statement = try connection.prepare(
      """
      SELECT edge, round, status, reason, sealed, release FROM results
      WHERE job = ? AND (? IS NULL OR round = ?) ORDER BY round, edge
      """
    ).bind(
      .text(job), round.map { .integer(Int64($0)) } ?? .null,
      round.map { .integer(Int64($0)) } ?? .null)
    var answers: [AnswerRecord] = []
    while try statement.step() {
      answers.append(
        AnswerRecord(
          edge: statement.text(0) ?? "", round: Int(statement.integer(1)),
          status: statement.text(2) ?? "", reason: statement.text(3), sealed: statement.blob(4),
          release: statement.blob(5)))
    }
    return answers
  }

  /// The edges that answered `job`'s `round` (without loading their answers).
  func answeredEdges(job: String, round: Int) throws -> Set<String> {
    let statement = try connection.prepare(
      "SELECT edge FROM results WHERE job = ? AND round = ?"
    ).bind(.text(job), .integer(Int64(round)))
    var edges: Set<String> = []
    while try statement.step() { edges.insert(statement.text(0) ?? "") }
    return edges
  }

  /// The open rounds `edge` was sent and has not answered yet.
  func tasks(edge: String) throws -> [(job: JobRecord, round: RoundRecord)] {
    let statement = try connection.prepare(
      """
      SELECT r.job, r.round FROM rounds r
      JOIN jobs j ON j.id = r.job AND j.status = 'running'
      JOIN job_edges e ON e.job = r.job AND e.edge = ?
      WHERE r.status = 'open' AND NOT EXISTS (
        SELECT 1 FROM results s WHERE s.job = r.job AND s.round = r.round AND s.edge = ?)
      ORDER BY j.created_at, r.job
      """
    ).bind(.text(edge), .text(edge))
    var keys: [(String, Int)] = []
    while try statement.step() { keys.append((statement.text(0) ?? "", Int(statement.integer(1)))) }
    return try keys.compactMap { key in
      guard let job = try job(id: key.0),
        let round = try rounds(job: key.0).first(where: { $0.round == key.1 })
      else { return nil }
      return (job, round)
    }
  }
}
