/// The assumptions behind the report's derived figures, printed in its methodology section.
///
/// Distance bounds are not assumptions: they come from the scripts' clamps, carried by each
/// table's `ReleasedValueSpec.lower`/`upper`.
public struct ReportAssumptions: Sendable, Hashable, Codable {
  /// Solo drivers share cars in groups of up to this many (3: driver and two passengers).
  public var carOccupancy: Int
  /// A carpool corridor is a candidate when its noisy count of solo drivers reaches this.
  public var carpoolMinimumDrivers: Int
  /// A shuttle departure (work commune, arrival hour) is proposed when its noisy count of
  /// riders reaches this.
  public var shuttleMinimumRiders: Int
  /// Days per week an employee would work from a third place instead of commuting.
  public var thirdPlaceDaysPerWeek: Int
  /// At most this many home→work flows are drawn on the map (the largest ones).
  public var mapFlowLimit: Int
  /// At most this many rows per table in the page; the exports hold every row.
  public var tableRowLimit: Int

  /// The defaults: cars of 3, candidates from 5 drivers, shuttles from 15 riders, 1 day a week
  /// at a third place, 30 flows on the map, 25 rows per table.
  public init(
    carOccupancy: Int = 3, carpoolMinimumDrivers: Int = 5, shuttleMinimumRiders: Int = 15,
    thirdPlaceDaysPerWeek: Int = 1, mapFlowLimit: Int = 30, tableRowLimit: Int = 25
  ) {
    self.carOccupancy = carOccupancy
    self.carpoolMinimumDrivers = carpoolMinimumDrivers
    self.shuttleMinimumRiders = shuttleMinimumRiders
    self.thirdPlaceDaysPerWeek = thirdPlaceDaysPerWeek
    self.mapFlowLimit = mapFlowLimit
    self.tableRowLimit = tableRowLimit
  }

  private enum CodingKeys: String, CodingKey {
    case carOccupancy, carpoolMinimumDrivers, shuttleMinimumRiders, thirdPlaceDaysPerWeek,
      mapFlowLimit, tableRowLimit
  }

  /// Decodes assumptions; any left out take their default.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = ReportAssumptions()
    func value(_ key: CodingKeys, _ fallback: Int) throws -> Int {
      try container.decodeIfPresent(Int.self, forKey: key) ?? fallback
    }
    self.init(
      carOccupancy: try value(.carOccupancy, defaults.carOccupancy),
      carpoolMinimumDrivers: try value(.carpoolMinimumDrivers, defaults.carpoolMinimumDrivers),
      shuttleMinimumRiders: try value(.shuttleMinimumRiders, defaults.shuttleMinimumRiders),
      thirdPlaceDaysPerWeek: try value(.thirdPlaceDaysPerWeek, defaults.thirdPlaceDaysPerWeek),
      mapFlowLimit: try value(.mapFlowLimit, defaults.mapFlowLimit),
      tableRowLimit: try value(.tableRowLimit, defaults.tableRowLimit))
  }
}
