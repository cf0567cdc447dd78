/// A home zone → work zone and arrival slot with enough solo drivers to share cars.
public struct CarpoolCandidate: Sendable, Hashable {
  /// The released cell: solo drivers and their mean one-way distance.
  public var cell: ZoneSlotCell
  /// Cars off the road per day: `drivers − ⌈drivers / occupancy⌉`.
  public var carsSaved: Estimate
  /// Car-km avoided per day: `carsSaved × 2 × mean_km` (a return trip).
  public var kilometresSaved: Estimate

  /// The candidate for `cell` when drivers share cars in groups of up to `occupancy`.
  ///
  /// Both figures are non-decreasing in the number of drivers and the distance, so the ends of
  /// the inputs' 95% intervals give the ends of the results' intervals.
  init(cell: ZoneSlotCell, occupancy: Int) {
    self.cell = cell
    let cars = cell.employees.mapped { Self.carsSaved(drivers: $0, occupancy: occupancy) }
    self.carsSaved = cars
    self.kilometresSaved = cars.times(cell.meanKilometres).scaled(by: 2)
  }

  /// `n − ⌈n / occupancy⌉` for `n = ⌊drivers⌋ ≥ 0`.
  static func carsSaved(drivers: Double, occupancy: Int) -> Double {
    guard drivers.isFinite, drivers >= 1, occupancy >= 1 else { return 0 }
    let whole = drivers.rounded(.down)
    return whole - (whole / Double(occupancy)).rounded(.up)
  }
}
