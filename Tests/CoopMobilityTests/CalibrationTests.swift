import Foundation
import Testing

@testable import CoopMobility

/// The generated population against the published figures it is calibrated on
/// (Docs/synthetic-data.md). Uses many companies so that the shares are not dominated by a few.
@Suite("Calibration")
struct CalibrationTests {
  struct Figures {
    var count = 0
    var sameCommune = 0
    var distance = 0.0
    var modes: [CommuteMode: Int] = [:]
    var eligible = 0
    var fourOrFiveDays = 0
    var jobsByZone: [Int: Int] = [:]

    func share(_ value: Int) -> Double { Double(value) / Double(count) }
  }

  static func figures(companies: Int = 300, employees: Int = 60_000, seed: UInt64) throws -> (
    Figures, Communes
  ) {
    let communes = try TestSupport.communes()
    let synthesizer = try Synthesizer(
      communes: communes,
      options: SynthesisOptions(companies: companies, employees: employees, seed: seed))
    var figures = Figures()
    for index in synthesizer.plan.indices {
      let company = synthesizer.company(index)
      let sites = Dictionary(uniqueKeysWithValues: company.sites.map { ($0.id, $0) })
      for employee in company.employees {
        guard let site = sites[employee.site] else { continue }
        figures.count += 1
        figures.sameCommune += employee.homeZone == site.zone ? 1 : 0
        figures.distance += employee.home.distance(to: site.location)
        figures.modes[employee.mode, default: 0] += 1
        figures.eligible += employee.teleworkEligible ? 1 : 0
        figures.fourOrFiveDays += (4...5).contains(employee.daysOnSite) ? 1 : 0
        figures.jobsByZone[site.zone, default: 0] += 1
      }
    }
    return (figures, communes)
  }

  @Test(arguments: [7, 11] as [UInt64])
  func matchesPublishedFigures(seed: UInt64) throws {
    let (figures, communes) = try Self.figures(seed: seed)
    #expect(figures.count == 60_000)
    // INSEE 2021: 58 % work in their commune of residence; mean home–work distance 13.6 km.
    #expect((0.55...0.63).contains(figures.share(figures.sameCommune)))
    #expect((12.6...14.6).contains(figures.distance / Double(figures.count)))
    // About three quarters by car, about 5 % by public transport.
    let car = figures.share((figures.modes[.carSolo] ?? 0) + (figures.modes[.carPassenger] ?? 0))
    #expect((0.70...0.80).contains(car))
    #expect(
      figures.share(figures.modes[.carSolo] ?? 0) > 4
        * figures.share(figures.modes[.carPassenger] ?? 0))
    #expect((0.04...0.08).contains(figures.share(figures.modes[.bus] ?? 0)))
    for mode in [CommuteMode.bike, .walk, .motorbike, .other, .telework] {
      #expect((0.005...0.09).contains(figures.share(figures.modes[mode] ?? 0)), "\(mode)")
    }
    #expect((0.28...0.40).contains(figures.share(figures.eligible)))
    #expect(figures.share(figures.fourOrFiveDays) > 0.65)
    // Jobs by commune follow P22_EMPLT.
    for commune in communes.all {
      let expected = commune.jobs / communes.totalJobs
      let actual = figures.share(figures.jobsByZone[commune.code] ?? 0)
      #expect(abs(actual - expected) < 0.02, "jobs in \(commune.name)")
    }
  }

  /// The demo's size (20 companies, 5,000 employees): lumpier, so looser bounds.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func demoSizedDataSetStaysClose(seed: UInt64) throws {
    let (figures, communes) = try Self.figures(companies: 20, employees: 5000, seed: seed)
    #expect((0.55...0.66).contains(figures.share(figures.sameCommune)))
    #expect((12.3...14.6).contains(figures.distance / Double(figures.count)))
    for commune in communes.all {
      let expected = commune.jobs / communes.totalJobs
      let actual = figures.share(figures.jobsByZone[commune.code] ?? 0)
      #expect(abs(actual - expected) < 0.06, "jobs in \(commune.name)")
    }
  }
}
