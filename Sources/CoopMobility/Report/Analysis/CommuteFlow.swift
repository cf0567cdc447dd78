/// Employees commuting from one commune to another, summed over the published cells.
public struct CommuteFlow: Sendable, Hashable {
  /// The home commune's INSEE code.
  public var home: Int
  /// The work commune's INSEE code.
  public var work: Int
  /// Solo drivers plus other employees on site ≥ 3 days, over all arrival slots; a lower bound,
  /// since suppressed cells are missing.
  public var employees: Estimate
  /// Their mean one-way distance in km: the cells' means weighted by their counts, with the
  /// weighted mean of their half-widths (the counts' own noise is left out of the weights).
  public var meanKilometres: Estimate
}
