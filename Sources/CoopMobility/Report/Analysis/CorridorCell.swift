/// One cell of the carpool table, keyed by `["home_zone", "work_zone"]`: solo drivers on one
/// home commune → work commune corridor and how far they drive.
public struct CorridorCell: Sendable, Hashable {
  /// The home commune's INSEE code.
  public var home: Int
  /// The work commune's INSEE code.
  public var work: Int
  /// The cell's noisy count of solo drivers.
  public var employees: Estimate
  /// Their mean one-way home→site distance in km.
  public var meanKilometres: Estimate
}
