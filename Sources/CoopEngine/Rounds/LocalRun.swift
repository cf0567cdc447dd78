import CoopCrypto
import CoopLang
import Foundation

/// A whole run of a script on one store, as `coop run` does it: debit the run's ε from the
/// ledger first, run every round (evaluating `combine` between rounds), mark the job released.
public struct LocalRun {
  /// What the run released.
  public struct Outcome: Sendable {
    /// The last round's table.
    public var table: ReleaseTable
    /// Every round's table, in order.
    public var rounds: [ReleaseTable]
    /// The parameters after the last round's combine.
    public var parameters: [String: ParameterValue]
    /// The job id debited.
    public var job: String
    /// ε debited.
    public var epsilon: Epsilon
    /// ε left for this dataset and period.
    public var remaining: Epsilon
  }

  let script: CheckedScript
  let store: String
  let ledger: String
  let budget: Epsilon
  let lifetimeLimit: Epsilon?
  let localMinGroup: Int?

  /// A run of `script` on `store`, debiting `ledger` (whose default budget is `budget`, and
  /// lifetime cap `lifetimeLimit` if any); an edge policy's `localMinGroup` raises the threshold
  /// above the script's `min_group`.
  public init(
    script: CheckedScript, store: String, ledger: String, budget: Epsilon, lifetimeLimit: Epsilon? = nil,
    localMinGroup: Int? = nil
  ) {
    self.script = script
    self.store = store
    self.ledger = ledger
    self.budget = budget
    self.lifetimeLimit = lifetimeLimit
    self.localMinGroup = localMinGroup
  }

  /// Runs every round with the given parameters (others take their initial values).
  public func run(parameters: [String: ParameterValue]) throws -> Outcome {
    do {
      try EdgeStore(readingAt: store).verify(matches: StoreSchema(script.schema))
    } catch {
      throw ExecutionError.wrongStore("\(error)")
    }
    // Parameters are checked before anything is spent, as at an edge.
    _ = try ParameterValues.resolve(script, parameters)
    let ledger = try BudgetLedger(
      path: self.ledger, edge: "local", defaultLimit: budget, lifetimeLimit: lifetimeLimit)
    let epsilon = try Epsilon(micros: Int64(script.privacy.epsilonTotalMicros))
    let job = "run-" + Hex.encode(SecureRandom.bytes(8))
    let dataset = URL(fileURLWithPath: store).lastPathComponent
    let period = BudgetPeriod.month(of: Date())
    _ = try ledger.debit(job: job, epsilon: epsilon, dataset: dataset, period: period)
    var current = parameters
    var tables: [ReleaseTable] = []
    for round in 1...script.rounds {
      let mode: Executor.Mode =
        localMinGroup.map { .federated(localMinGroup: Swift.max($0, script.privacy.minGroup)) } ?? .local
      let outcome = try Executor.run(script, store: store, parameters: current, round: round, mode: mode)
      tables.append(outcome.table)
      if round < script.rounds || !script.combine.isEmpty {
        current = try CombineEvaluator.next(script, parameters: current, table: outcome.table)
      }
    }
    try ledger.markReleased(job: job)
    let status = try ledger.status(dataset: dataset, period: period)
    return Outcome(
      table: tables[tables.count - 1], rounds: tables, parameters: current, job: job, epsilon: epsilon,
      remaining: status.remaining)
  }
}
