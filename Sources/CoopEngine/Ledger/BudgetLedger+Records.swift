/// Reading debits and spending inside or outside a transaction.
extension BudgetLedger {
  /// The stored debit of `job` as a receipt marked as a replay.
  func record(job: String) throws -> DebitReceipt? {
    let statement = try connection.prepare(
      """
      SELECT dataset, period, epsilon_micros, released_at IS NOT NULL
      FROM debits WHERE edge = ? AND job = ?
      """
    ).bind(.text(edge), .text(job))
    guard try statement.step(), let dataset = statement.text(0), let period = statement.text(1)
    else { return nil }
    let epsilon = try Self.epsilon(statement.integer(2), "debit of job '\(job)'")
    let isReleased = statement.integer(3) != 0
    return DebitReceipt(
      job: job, edge: edge, dataset: dataset, period: period, epsilon: epsilon,
      isReplay: true, isReleased: isReleased,
      status: try readStatus(dataset: dataset, period: period))
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
