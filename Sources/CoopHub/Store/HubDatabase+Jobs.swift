import CoopEngine

/// Jobs, the edges they were sent to, and their rounds.
extension HubDatabase {
  static let jobColumns = """
    id, bundle, algorithm, rounds, round, status, deadline_seconds, min_group, analyst,
    created_at, error
    """

  /// Stores a new job, its edges and its first round, in one transaction.
  func insert(_ job: JobRecord, edges: [String], firstRound: RoundRecord) throws {
    try connection.transaction {
      try connection.prepare("INSERT INTO jobs (\(Self.jobColumns)) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        .bind(
          .text(job.id), .text(job.bundle), .text(job.algorithm), .integer(Int64(job.rounds)),
          .integer(Int64(job.round)), .text(job.status), .integer(job.deadlineSeconds),
          job.minGroup.map { .integer(Int64($0)) } ?? .null, .text(job.analyst),
          .integer(job.createdAt), job.error.map { .text($0) } ?? .null
        ).run()
      let edge = try connection.prepare("INSERT INTO job_edges (job, edge) VALUES (?, ?)")
      for id in edges { try edge.bind(.text(job.id), .text(id)).run() }
      try insert(firstRound)
    }
  }

  /// Stores a round.
  func insert(_ round: RoundRecord) throws {
    try connection.prepare(
      """
      INSERT INTO rounds (job, round, parameters, deadline_at, status, federated)
      VALUES (?, ?, ?, ?, ?, ?)
      """
    ).bind(
      .text(round.job), .integer(Int64(round.round)), .blob(round.parameters),
      .integer(round.deadlineAt), .text(round.status), round.federated.map { .blob($0) } ?? .null
    ).run()
  }

  /// The job `id`, or `nil`.
  func job(id: String) throws -> JobRecord? {
    let statement = try connection.prepare("SELECT \(Self.jobColumns) FROM jobs WHERE id = ?")
      .bind(.text(id))
    return try statement.step() ? Self.job(statement) : nil
  }

  /// Every job, newest first.
  func jobs() throws -> [JobRecord] {
    let statement = try connection.prepare(
      "SELECT \(Self.jobColumns) FROM jobs ORDER BY created_at DESC, id")
    var jobs: [JobRecord] = []
    while try statement.step() { jobs.append(Self.job(statement)) }
    return jobs
  }

  /// The edges job `id` was sent to.
  func edges(job id: String) throws -> [String] {
    let statement = try connection.prepare("SELECT edge FROM job_edges WHERE job = ? ORDER BY edge")
      .bind(.text(id))
    var edges: [String] = []
    while try statement.step() { edges.append(statement.text(0) ?? "") }
    return edges
  }

  /// The rounds of job `id`, in order.
  func rounds(job id: String) throws -> [RoundRecord] {
    let statement = try connection.prepare(
      """
      SELECT job, round, parameters, deadline_at, status, federated FROM rounds
      WHERE job = ? ORDER BY round
      """
    ).bind(.text(id))
    var rounds: [RoundRecord] = []
    while try statement.step() {
      rounds.append(
        RoundRecord(
          job: statement.text(0) ?? "", round: Int(statement.integer(1)),
          parameters: statement.blob(2) ?? [], deadlineAt: statement.integer(3),
          status: statement.text(4) ?? "", federated: statement.blob(5)))
    }
    return rounds
  }

  /// Closes a round with its federated table, and sets the job's round, status and error.
  func close(
    job: String, round: Int, status: String, federated: [UInt8]?, jobStatus: String,
    error: String?, next: RoundRecord?
  ) throws {
    try connection.transaction {
      try connection.prepare(
        "UPDATE rounds SET status = ?, federated = ? WHERE job = ? AND round = ? AND status = 'open'"
      ).bind(
        .text(status), federated.map { .blob($0) } ?? .null, .text(job), .integer(Int64(round))
      ).run()
      try connection.prepare("UPDATE jobs SET status = ?, error = ?, round = ? WHERE id = ?")
        .bind(
          .text(jobStatus), error.map { .text($0) } ?? .null,
          .integer(Int64(next?.round ?? round)), .text(job)
        ).run()
      if let next { try insert(next) }
    }
  }

  /// The open rounds of running jobs, optionally only those whose deadline has passed.
  func openRounds(dueBy now: Int64? = nil) throws -> [RoundRecord] {
    let statement = try connection.prepare(
      """
      SELECT r.job, r.round FROM rounds r JOIN jobs j ON j.id = r.job
      WHERE r.status = 'open' AND j.status = 'running' AND r.deadline_at <= ?
      ORDER BY r.deadline_at
      """
    ).bind(.integer(now ?? Int64.max))
    var keys: [(String, Int)] = []
    while try statement.step() { keys.append((statement.text(0) ?? "", Int(statement.integer(1)))) }
    return try keys.compactMap { key in try rounds(job: key.0).first { $0.round == key.1 } }
  }

  static func job(_ statement: SQLiteStatement) -> JobRecord {
    JobRecord(
      id: statement.text(0) ?? "", bundle: statement.text(1) ?? "",
      algorithm: statement.text(2) ?? "", rounds: Int(statement.integer(3)),
      round: Int(statement.integer(4)), status: statement.text(5) ?? "",
      deadlineSeconds: statement.integer(6),
      minGroup: statement.isNull(7) ? nil : Int(statement.integer(7)),
      analyst: statement.text(8) ?? "", createdAt: statement.integer(9),
      error: statement.text(10))
  }
}
