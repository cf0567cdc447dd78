import CoopEngine
import Foundation

@testable import CoopMobility

/// Hand-built report inputs: a small one whose every figure is checked by hand, and a
/// territory-wide one (deterministic, population-weighted) for the browser test.
enum ReportFixtures {
  /// A noisy number on a grid of `decimals` digits.
  static func noisy(_ units: Int, _ halfWidth: Int, decimals: Int = 0) -> NoisyNumber {
    NoisyNumber(units: units, decimals: decimals, noise: "laplace:2/1", halfWidth95: halfWidth)
  }

  /// A carpool cell: `count ± 3` drivers from `home` to `work`, mean distance `km` (sum on a
  /// 0.1 km grid, ± 8 km).
  static func corridor(_ home: Int, _ work: Int, _ count: Int, _ km: Double) -> ReleaseCell {
    ReleaseCell(key: [.int(home), .int(work)], count: noisy(count, 3), sums: meanKm(count, km))
  }

  /// A shuttle cell: `count ± 3` riders to `work` arriving in hour `hour`.
  static func departure(_ work: Int, _ hour: Int, _ count: Int) -> ReleaseCell {
    ReleaseCell(key: [.int(work), .int(hour)], count: noisy(count, 3), sums: [:])
  }

  private static func meanKm(_ count: Int, _ km: Double) -> [String: NoisyNumber] {
    ["mean_km": noisy(Int((Double(count) * km * 10).rounded()), 80, decimals: 1)]
  }

  /// The final carpool script's table shape: keys home and work zone, `mean_km` within 0–40 km.
  static func carpool(_ cells: [ReleaseCell], suppressed: Int) -> ReleaseTable {
    ReleaseTable(
      algorithm: "carpool", version: 1, round: 1, keyNames: ["home_zone", "work_zone"],
      values: [
        ReleasedValueSpec(name: "drivers", kind: .count, unit: ""),
        ReleasedValueSpec(name: "mean_km", kind: .mean, unit: "km", lower: 0, upper: 40),
      ], cells: cells, suppressed: suppressed)
  }

  /// The final shuttle script's table shape: keys work zone and 1-hour slot.
  static func shuttle(_ cells: [ReleaseCell], suppressed: Int) -> ReleaseTable {
    ReleaseTable(
      algorithm: "shuttle", version: 1, round: 1, keyNames: ["work_zone", "slot"],
      values: [ReleasedValueSpec(name: "riders", kind: .count, unit: "")], cells: cells,
      suppressed: suppressed)
  }

  /// The final third-places script's last round: key `c`, count `n`, offsets `dlat`, `dlon`.
  static func thirdPlacesTable(_ cells: [(c: Int, n: Int)], suppressed: Int) -> ReleaseTable {
    ReleaseTable(
      algorithm: "third_places", version: 1, round: 2, keyNames: ["c"],
      values: [
        ReleasedValueSpec(name: "n", kind: .count, unit: ""),
        ReleasedValueSpec(name: "dlat", kind: .sum, unit: "", lower: -0.05, upper: 0.05),
        ReleasedValueSpec(name: "dlon", kind: .sum, unit: "", lower: -0.05, upper: 0.05),
      ],
      cells: cells.map {
        ReleaseCell(key: [.int($0.c)], count: noisy($0.n, 5), sums: ["dlat": noisy(0, 1), "dlon": noisy(0, 1)])
      }, suppressed: suppressed)
  }

  static func run(participants: [String], refusals: [ReportRefusal]) throws -> ReportRunFacts {
    ReportRunFacts(
      date: Date(timeIntervalSince1970: 1_795_737_600),  // 2026-11-27
      hub: "hub.coop.re",
      algorithms: [
        ReportAlgorithm(name: "carpool", version: 1, epsilon: try Epsilon("1"), minGroup: 5),
        ReportAlgorithm(name: "shuttle", version: 1, epsilon: try Epsilon("0.5"), minGroup: 10),
        ReportAlgorithm(
          name: "third_places", version: 1, epsilon: try Epsilon("1.2"), minGroup: 10, rounds: 2),
      ],
      participants: participants, refusals: refusals)
  }

  /// The small input: 4 carpool cells (3 candidates), 3 shuttle cells (2 above 15 riders, one
  /// line to Saint-Denis), 3 centres of which 2 published.
  static func small() throws -> SynergyReportInput {
    SynergyReportInput(
      run: try run(
        participants: ["Transports Péi", "Sucrerie <script>alert(1)</script>"],
        refusals: [
          ReportRefusal(company: "Hôtel L'Océan & Co", reason: "budget épuisé : demandé 0,5")
        ]),
      carpool: carpool(
        [
          corridor(97415, 97411, 12, 30.5), corridor(97416, 97416, 7, 5),
          corridor(97422, 97416, 9, 12), corridor(97407, 97411, 4, 20),
        ], suppressed: 30),
      shuttle: shuttle(
        [departure(97411, 7, 22), departure(97411, 8, 16), departure(97416, 8, 8)],
        suppressed: 12),
      thirdPlaces: ThirdPlacesResult(
        centres: [
          GeoPoint(latitude: -20.90, longitude: 55.47),
          GeoPoint(latitude: -21.28, longitude: 55.50),
          GeoPoint(latitude: -21.00, longitude: 55.28),
        ],
        lastRound: thirdPlacesTable([(0, 40), (1, 25)], suppressed: 1)))
  }
}
