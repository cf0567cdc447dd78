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
    for code in jobCentres {
      guard let work = communes[code] else { continue }
      for home in communes.all {
        let weight = Double(home.population) * work.jobs / 2.5e8
        let km = home.centroid.distance(to: work.centroid) * 1.2 + 3
        let drivers = Int((weight * (home.code == code ? 0.5 : 1)).rounded())
        if drivers >= 5 { carpool.append(corridor(home.code, code, drivers, min(km, 40))) }
      }
      for (hour, share) in [(6, 0.3), (7, 0.5), (8, 0.2)] {
        let riders = Int((work.jobs * share / 600).rounded())
        if riders >= 10 { shuttle.append(departure(code, hour, riders)) }
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
      carpool: self.carpool(carpool, suppressed: 140),
      shuttle: self.shuttle(shuttle, suppressed: 95),
      thirdPlaces: ThirdPlacesResult(
        centres: centres,
        lastRound: thirdPlacesTable(
          [
            (0, 120), (1, 85), (2, 140), (3, 60), (4, 45), (5, 70),
          ],
          suppressed: 0)))
  }
}
