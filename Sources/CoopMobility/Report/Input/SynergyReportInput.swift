import CoopEngine

/// Everything the synergy report shows: the run's facts and the hub's federated results.
///
/// The demo fills it from the hub; tests build it by hand. Tables are federated `ReleaseTable`s
/// whose zone keys are INSEE codes (`CellKey.int(97411)`) and slot keys are indexes of 30-minute
/// arrival slots since midnight (`15` = 07:30–08:00).
public struct SynergyReportInput: Sendable {
  /// Date, hub, algorithms with their privacy cost, and which companies took part.
  public var run: ReportRunFacts
  /// Solo drivers by `["home_zone", "work_zone", "slot"]`: `count` = drivers, `mean_km`.
  public var carpool: ReleaseTable
  /// Employees not driving solo, on site ≥ 3 days, by `["home_zone", "work_zone", "slot"]`:
  /// `count` = riders, `mean_km`.
  public var shuttle: ReleaseTable
  /// The third places' final centres and the last round's table.
  public var thirdPlaces: ThirdPlacesResult
  /// The assumptions behind derived figures (car occupancy, thresholds, telework days).
  public var assumptions: ReportAssumptions

  /// An input with all its parts; `assumptions` default to `ReportAssumptions()`.
  public init(
    run: ReportRunFacts, carpool: ReleaseTable, shuttle: ReleaseTable,
    thirdPlaces: ThirdPlacesResult, assumptions: ReportAssumptions = ReportAssumptions()
  ) {
    self.run = run
    self.carpool = carpool
    self.shuttle = shuttle
    self.thirdPlaces = thirdPlaces
    self.assumptions = assumptions
  }
}
