/// One cell of a `["home_zone", "work_zone", "slot"]` table: who, where to, when, how far.
public struct ZoneSlotCell: Sendable, Hashable {
  /// The home commune's INSEE code.
  public var home: Int
  /// The work commune's INSEE code.
  public var work: Int
  /// The arrival slot.
  public var slot: ArrivalSlot
  /// The cell's noisy count of employees.
  public var employees: Estimate
  /// The mean one-way home→site distance in km.
  public var meanKilometres: Estimate
}
