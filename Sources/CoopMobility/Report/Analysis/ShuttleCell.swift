/// One cell of the shuttle table, keyed by `["work_zone", "slot"]`: employees who could ride a
/// shuttle to one work commune, arriving within one hour.
public struct ShuttleCell: Sendable, Hashable {
  /// The work commune's INSEE code.
  public var work: Int
  /// The arrival hour.
  public var hour: ArrivalHour
  /// The cell's noisy count of potential riders.
  public var riders: Estimate
}
