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

  /// A commuting cell: `count ± countHW` employees, mean distance `km` (sum on a 0.1 km grid).
  static func cell(_ home: Int, _ work: Int, _ slot: Int, _ count: Int, _ km: Double)
    -> ReleaseCell
  {
    ReleaseCell(
      key: [.int(home), .int(work), .int(slot)], count: noisy(count, 3),
      sums: ["mean_km": noisy(Int((Double(count) * km * 10).rounded()), 80, decimals: 1)])
  }

  static func commuting(_ algorithm: String, _ cells: [ReleaseCell], suppressed: Int)
    -> ReleaseTable
  {
    ReleaseTable(
      algorithm: algorithm, version: 1, round: 1, keyNames: ["home_zone", "work_zone", "slot"],
      values: [
        ReleasedValueSpec(
          name: algorithm == "carpool" ? "drivers" : "riders", kind: .count, unit: ""),
        ReleasedValueSpec(name: "mean_km", kind: .mean, unit: "km"),
      ],
      cells: cells, suppressed: suppressed)
  }

  static func thirdPlacesTable(_ cells: [(c: Int, n: Int, km: Int)], suppressed: Int)
    -> ReleaseTable
  {
    ReleaseTable(
      algorithm: "third_places", version: 1, round: 6, keyNames: ["c"],
      values: [
        ReleasedValueSpec(name: "n", kind: .count, unit: ""),
        ReleasedValueSpec(name: "km", kind: .sum, unit: "km"),
      ],
      cells: cells.map {
        ReleaseCell(
          key: [.int($0.c)], count: noisy($0.n, 5),
          sums: ["km": noisy($0.km, 60), "lat": noisy(0, 1), "lon": noisy(0, 1)])
      }, suppressed: suppressed)
  }

  static func run(participants: [String], refusals: [ReportRefusal]) throws -> ReportRunFacts {
    ReportRunFacts(
      date: Date(timeIntervalSince1970: 1_795_737_600),  // 2026-11-27
      hub: "hub.coop.re",
      algorithms: [
        ReportAlgorithm(name: "carpool", version: 1, epsilon: try Epsilon("0.5"), minGroup: 5),
        ReportAlgorithm(name: "shuttle", version: 1, epsilon: try Epsilon("0.5"), minGroup: 5),
        ReportAlgorithm(
          name: "third_places", version: 1, epsilon: try Epsilon("0.6"), minGroup: 10, rounds: 6),
      ],
      participants: participants, refusals: refusals)
  }

  /// The small input: 4 carpool cells (3 candidates), 3 shuttle cells (2 above 15 riders),
  /// 3 centres of which 2 published.
  static func small() throws -> SynergyReportInput {
    SynergyReportInput(
      run: try run(
        participants: ["Transports Péi", "Sucrerie <script>alert(1)</script>"],
        refusals: [
          ReportRefusal(company: "Hôtel L'Océan & Co", reason: "budget épuisé : demandé 0,5")
        ]),
      carpool: commuting(
        "carpool",
        [
          cell(97415, 97411, 15, 12, 30.5), cell(97416, 97416, 16, 7, 5),
          cell(97422, 97416, 15, 9, 12), cell(97407, 97411, 14, 4, 20),
        ], suppressed: 30),
      shuttle: commuting(
        "shuttle",
        [
          cell(97415, 97411, 15, 22, 31), cell(97410, 97411, 14, 16, 38),
          cell(97422, 97416, 16, 8, 12),
        ],
        suppressed: 12),
      thirdPlaces: ThirdPlacesResult(
        centres: [
          GeoPoint(latitude: -20.90, longitude: 55.47),
          GeoPoint(latitude: -21.28, longitude: 55.50),
          GeoPoint(latitude: -21.00, longitude: 55.28),
        ],
        lastRound: thirdPlacesTable([(0, 40, 800), (1, 25, 400)], suppressed: 1)))
  }
}
