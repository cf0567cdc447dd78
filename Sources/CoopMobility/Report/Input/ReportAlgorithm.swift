import CoopEngine

/// One algorithm of the run and its privacy guarantees.
public struct ReportAlgorithm: Sendable, Hashable {
  /// The script's name (`carpool`, `shuttle`, `third_places`).
  public var name: String
  /// The script's version.
  public var version: Int
  /// The ε one employee spends on this algorithm over all its rounds.
  public var epsilon: Epsilon
  /// The minimum group size: cells whose federated noisy count is below it are suppressed.
  public var minGroup: Int
  /// The number of rounds (1 for single-round scripts).
  public var rounds: Int

  /// An algorithm's facts; `rounds` defaults to 1.
  public init(name: String, version: Int, epsilon: Epsilon, minGroup: Int, rounds: Int = 1) {
    self.name = name
    self.version = version
    self.epsilon = epsilon
    self.minGroup = minGroup
    self.rounds = rounds
  }
}
