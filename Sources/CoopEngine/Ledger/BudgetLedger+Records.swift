/// Reading debits and spending inside or outside a transaction.
extension BudgetLedger {
  /// The stored debit of `job` as a receipt marked as a replay.
  func record(job: String) throws -> DebitReceipt? {
    let statement = try connection.prepare(
      """
      SELECT d.dataset, d.period, d.epsilon_micros, d.released_at IS NOT NULL, d.cap_job, c.cap_micros
      FROM debits d LEFT JOIN job_caps c ON c.edge = d.edge AND c.job = d.cap_job
      WHERE d.edge = ? AND d.job = ?
      """
    ).bind(.text(edge), .text(job))
    guard try statement.step(), let dataset = statement.text(0), let period = statement.text(1)
    else { return nil }
    let epsilon = try Self.epsilon(statement.integer(2), "debit of job '\(job)'")
    let isReleased = statement.integer(3) != 0
    let capJob = statement.text(4)
    let cap = try capJob.flatMap { capJob in
      try statement.isNull(5) ? nil : JobCap(job: capJob, total: Self.epsilon(statement.integer(5), "cap of job '\(capJob)'"))
    }
    return DebitReceipt(
      job: job, edge: edge, dataset: dataset, period: period, epsilon: epsilon,
      isReplay: true, isReleased: isReleased,
      status: try readStatus(dataset: dataset, period: period),
      cap: cap, jobSpent: try capJob.map(readJobSpent), capJob: capJob)
  }

  /// The recorded cap of `job`, if a capped debit recorded one.
  func recordedCap(job: String) throws -> Epsilon? {
    let statement = try connection.prepare("SELECT cap_micros FROM job_caps WHERE edge = ? AND job = ?")
      .bind(.text(edge), .text(job))
    return try statement.step() ? try Self.epsilon(statement.integer(0), "cap of job '\(job)'") : nil
  }

  /// The sum of the debits that count against `job`'s cap.
  func readJobSpent(_ job: String) throws -> Epsilon {
    let statement = try connection.prepare(
      "SELECT COALESCE(SUM(epsilon_micros), 0) FROM debits WHERE edge = ? AND cap_job = ?"
    ).bind(.text(edge), .text(job))
    guard try statement.step() else { throw LedgerError.corrupt("no job spending row") }
    return try Self.epsilon(statement.integer(0), "spending of job '\(job)'")
  }

  /// The sum of the debits of `dataset` in every period (the `debits_by_period` index's prefix).
  func readLifetimeSpent(dataset: String) throws -> Epsilon {
    let statement = try connection.prepare(
      "SELECT COALESCE(SUM(epsilon_micros), 0) FROM debits WHERE edge = ? AND dataset = ?"
    ).bind(.text(edge), .text(dataset))
    guard try statement.step() else { throw LedgerError.corrupt("no lifetime spending row") }
    return try Self.epsilon(statement.integer(0), "lifetime spending of '\(dataset)'")
  }

  /// The limit and the sum of debits of one (dataset, period).
  func readStatus(dataset: String, period: String) throws -> BudgetStatus {
    let limits = try connection.prepare(
      "SELECT limit_micros FROM budget_limits WHERE edge = ? AND dataset = ? AND period = ?"
    ).bind(.text(edge), .text(dataset), .text(period))
    let limit = try limits.step() ? try Self.epsilon(limits.integer(0), "limit") : defaultLimit
    let spending = try connection.prepare(
      """
      SELECT COALESCE(SUM(epsilon_micros), 0), COUNT(*) FROM debits
      WHERE edge = ? AND dataset = ? AND period = ?
      """
    ).bind(.text(edge), .text(dataset), .text(period))
    guard try spending.step() else { throw LedgerError.corrupt("no spending row") }
    return BudgetStatus(
      edge: edge, dataset: dataset, period: period, limit: limit,
      spent: try Self.epsilon(spending.integer(0), "spending"), jobs: Int(spending.integer(1)))
  }

  /// A stored amount, which must be a valid ε.
  static func epsilon(_ micros: Int64, _ what: String) throws(LedgerError) -> Epsilon {
    guard let epsilon = try? Epsilon(micros: micros) else {
      throw .corrupt("\(what) holds \(micros) micro-epsilon")
    }
    return epsilon
  }

  /// Any error of a ledger read as a `LedgerError`.
  static func mapped(_ error: any Error, _ connection: SQLiteConnection) -> LedgerError {
    if let error = error as? LedgerError { return error }
    if let error = error as? SQLiteError { return .storage(error) }
    return .storage(connection.error(1, "ledger read"))
  }
}
