import CoopEngine
import Foundation

@testable import CoopMobility

extension ReportFixtures {
  /// A territory-wide input: from every commune to the main job centres, counts proportional to
  /// residents × jobs, with distances between centroids — deterministic, no randomness.
  static func territory(communes: Communes) throws -> SynergyReportInput {
    let jobCentres = [97411, 97416, 97407, 97415, 97410, 97422]
    var carpool: [ReleaseCell] = []
    var shuttle: [ReleaseCell] = []
    for home in communes.all {
      for code in jobCentres {
        guard let work = communes[code] else { continue }
        let weight = Double(home.population) * work.jobs / 2.5e8
        let km = home.centroid.distance(to: work.centroid) * 1.2 + 3
        let drivers = Int((weight * (home.code == code ? 0.5 : 1)).rounded())
        let riders = Int((weight * 0.8).rounded())
        if drivers >= 5 { carpool.append(cell(home.code, code, 15, drivers, km)) }
        if drivers >= 12 { carpool.append(cell(home.code, code, 14, drivers / 2, km)) }
        if riders >= 5 { shuttle.append(cell(home.code, code, 15, riders, km)) }
      }
    }
    let centres = [
      GeoPoint(latitude: -20.905, longitude: 55.48), GeoPoint(latitude: -21.005, longitude: 55.27),
      GeoPoint(latitude: -21.27, longitude: 55.515), GeoPoint(latitude: -21.035, longitude: 55.71),
      GeoPoint(latitude: -21.17, longitude: 55.29), GeoPoint(latitude: -20.94, longitude: 55.58),
    ]
    return SynergyReportInput(
      run: try run(
        participants: (1...18).map { "Entreprise \($0)" },
        refusals: [
          ReportRefusal(company: "Entreprise 19", reason: "budget ε épuisé pour la période"),
          ReportRefusal(company: "Entreprise 20", reason: "politique locale : groupe minimal 20"),
        ]),
      carpool: commuting("carpool", carpool, suppressed: 140),
      shuttle: commuting("shuttle", shuttle, suppressed: 95),
      thirdPlaces: ThirdPlacesResult(
        centres: centres,
        lastRound: thirdPlacesTable(
          [
            (0, 120, 1900), (1, 85, 1700), (2, 140, 2600), (3, 60, 1500), (4, 45, 900),
            (5, 70, 980),
          ],
          suppressed: 0)))
  }
}
