import CoopEngine

/// Everything the synergy report shows: the run's facts and the hub's federated results.
///
/// The demo fills it from the hub; `coop report --input run.json` decodes it (see
/// `init(json:)`); tests build it by hand. Zone keys are INSEE codes (`CellKey.int(97411)`);
/// the shuttle's `slot` key is the index of a 1-hour arrival slot (`7` = 07:00–08:00).
public struct SynergyReportInput: Sendable, Codable {
  /// Date, hub, algorithms with their privacy cost, and which companies took part.
  public var run: ReportRunFacts
  /// Solo drivers by `["home_zone", "work_zone"]`: `drivers` (count), `mean_km` (mean, with
  /// the script's clamp as bounds).
  public var carpool: ReleaseTable
  /// Employees not driving alone, on site ≥ 3 days, living ≥ 10 km away, by
  /// `["work_zone", "slot"]`: `riders` (count).
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

  private enum CodingKeys: String, CodingKey {
    case run, carpool, shuttle, thirdPlaces, assumptions
  }

  /// Decodes an input; `assumptions` may be left out (the defaults apply).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    run = try container.decode(ReportRunFacts.self, forKey: .run)
    carpool = try container.decode(ReleaseTable.self, forKey: .carpool)
    shuttle = try container.decode(ReleaseTable.self, forKey: .shuttle)
    thirdPlaces = try container.decode(ThirdPlacesResult.self, forKey: .thirdPlaces)
    assumptions =
      try container.decodeIfPresent(ReportAssumptions.self, forKey: .assumptions)
      ?? ReportAssumptions()
  }
}
