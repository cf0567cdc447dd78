/// How much of one period's budget an edge has spent on one dataset.
public struct BudgetStatus: Sendable, Hashable {
  /// The edge.
  public let edge: String
  /// The dataset.
  public let dataset: String
  /// The period.
  public let period: String
  /// The total ε the policy allows in the period.
  public let limit: Epsilon
  /// The ε debited so far (released or not: a debit is never given back).
  public let spent: Epsilon
  /// The number of jobs debited.
  public let jobs: Int

  /// What can still be spent: `limit − spent`, never below zero.
  public var remaining: Epsilon {
    (try? Epsilon(micros: max(0, limit.micros - spent.micros))) ?? .zero
  }
}
