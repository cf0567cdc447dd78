/// The assumptions behind the report's derived figures, printed in its methodology section.
public struct ReportAssumptions: Sendable, Hashable {
  /// Solo drivers share cars in groups of up to this many (3: driver and two passengers).
  public var carOccupancy: Int
  /// A carpool cell is a candidate when its noisy count of solo drivers reaches this.
  public var carpoolMinimumDrivers: Int
  /// A shuttle corridor and slot is listed when its noisy count of riders reaches this.
  public var shuttleMinimumRiders: Int
  /// Days per week an employee would work from a third place instead of commuting.
  public var thirdPlaceDaysPerWeek: Int
  /// The upper bound of the scripts' clamp on one-way distances (km): caps means and their error.
  public var maximumOneWayKilometres: Double
  /// At most this many home→work flows are drawn on the map (the largest ones).
  public var mapFlowLimit: Int
  /// At most this many rows per table in the page; the exports hold every row.
  public var tableRowLimit: Int

  /// The defaults: cars of 3, candidates from 5 drivers, shuttles from 15 riders, 1 day a week
  /// at a third place, distances clamped to 80 km, 30 flows on the map, 25 rows per table.
  public init(
    carOccupancy: Int = 3, carpoolMinimumDrivers: Int = 5, shuttleMinimumRiders: Int = 15,
    thirdPlaceDaysPerWeek: Int = 1, maximumOneWayKilometres: Double = 80, mapFlowLimit: Int = 30,
    tableRowLimit: Int = 25
  ) {
    self.carOccupancy = carOccupancy
    self.carpoolMinimumDrivers = carpoolMinimumDrivers
    self.shuttleMinimumRiders = shuttleMinimumRiders
    self.thirdPlaceDaysPerWeek = thirdPlaceDaysPerWeek
    self.maximumOneWayKilometres = maximumOneWayKilometres
    self.mapFlowLimit = mapFlowLimit
    self.tableRowLimit = tableRowLimit
  }
}
