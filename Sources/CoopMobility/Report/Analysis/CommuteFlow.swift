/// Solo drivers commuting from one commune to another: a published carpool cell drawn on the map.
public struct CommuteFlow: Sendable, Hashable {
  /// The home commune's INSEE code.
  public var home: Int
  /// The work commune's INSEE code.
  public var work: Int
  /// Solo drivers arriving 06:30–09:30, on site ≥ 3 days a week (the carpool table's count).
  public var employees: Estimate
  /// Their mean one-way distance in km.
  public var meanKilometres: Estimate
}
