import CoopEngine
import Foundation
import Testing

@testable import CoopMobility

@Suite("Synergy report: figures")
struct ReportAnalysisTests {
  @Test func carsSavedGroupsDriversByOccupancy() {
    #expect(CarpoolCandidate.carsSaved(drivers: 12, occupancy: 3) == 8)
    #expect(CarpoolCandidate.carsSaved(drivers: 7, occupancy: 3) == 4)
    #expect(CarpoolCandidate.carsSaved(drivers: 1, occupancy: 3) == 0)
    #expect(CarpoolCandidate.carsSaved(drivers: -4, occupancy: 3) == 0)
    #expect(CarpoolCandidate.carsSaved(drivers: 9.7, occupancy: 2) == 4)
  }

  @Test func carpoolCandidatesCarryConservativeErrors() throws {
    let analysis = try SynergyAnalysis(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    #expect(analysis.carpoolCells.count == 4)
    #expect(analysis.carpool.count == 3)
    let first = try #require(analysis.carpool.first)
    #expect((first.cell.home, first.cell.work) == (97415, 97411))
    // 12 ± 3 drivers: 12 − ⌈12/3⌉ = 8; the interval 9…15 maps to 6…10.
    #expect(first.carsSaved == Estimate(value: 8, halfWidth: 2))
    // mean 366/12 = 30.5 km, ± (8 + 30.5·3)/(12 − 3).
    #expect(abs(first.cell.meanKilometres.value - 30.5) < 1e-9)
    let meanWidth = (8 + 30.5 * 3) / 9
    #expect(abs(first.cell.meanKilometres.halfWidth - meanWidth) < 1e-9)
    #expect(abs(first.kilometresSaved.value - 488) < 1e-9)
    // The mean's upper end is cut at the script's 40 km clamp: the truth cannot exceed it.
    let upper = 10 * 2 * min(30.5 + meanWidth, 40)
    #expect(abs(first.kilometresSaved.halfWidth - (upper - 488)) < 1e-9)
    #expect(analysis.totalCarsSaved.value == 8 + 4 + 6)
    // The total km: total cars × 2 × the pooled mean commute (589 km over 32 drivers).
    #expect(abs(analysis.totalKilometresSaved.value - 18 * 2 * 589.0 / 32) < 1e-9)
  }

  @Test func shuttleLinesThirdPlacesAndFlows() throws {
    let analysis = try SynergyAnalysis(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    // One line to Saint-Denis: 07:00 (22 riders) and 08:00 (16); Saint-Pierre's 8 stay below 15.
    #expect(analysis.shuttleLines.map(\.work) == [97411])
    let line = try #require(analysis.shuttleLines.first)
    #expect(line.departures.map(\.hour.index) == [7, 8])
    // Independent noises: the margins combine as √(3² + 3²).
    #expect(line.riders == Estimate(value: 38, halfWidth: 18.0.squareRoot()))
    #expect(analysis.shuttleCells.count == 3)
    #expect(analysis.thirdPlaces.map(\.index) == [0, 1])
    let saintDenis = try #require(analysis.thirdPlaces.first)
    #expect(saintDenis.commune == 97411)
    // The mean commute pools the 4 carpool cells: 589 km over 32 drivers; the half-widths
    // combine as √(4·8²) = 16 km and √(4·3²) = 6 drivers.
    let mean = 589.0 / 32
    #expect(abs(analysis.meanCommute.value - mean) < 1e-9)
    #expect(abs(analysis.meanCommute.halfWidth - (16 + mean * 6) / 26) < 1e-9)
    // 40 ± 5 employees × the mean commute, a return trip, the assumed days a week.
    let days = Double(ReportAssumptions().thirdPlaceDaysPerWeek)
    let lower = 35 * (mean - analysis.meanCommute.halfWidth) * 2 * days
    let upper = 45 * (mean + analysis.meanCommute.halfWidth) * 2 * days
    let avoided = saintDenis.kilometresAvoidedPerWeek
    #expect(abs(avoided.value - 40 * mean * 2 * days) < 1e-9)
    #expect(abs(avoided.halfWidth - max(avoided.value - lower, upper - avoided.value)) < 1e-9)
    // Flows are the carpool corridors between distinct communes, largest first.
    #expect(analysis.flows.count == 3)
    #expect(analysis.flows.first?.employees == Estimate(value: 12, halfWidth: 3))
    #expect(analysis.flows.allSatisfy { $0.home != $0.work })
    #expect(analysis.maximumKilometres == 40)
  }

  /// `c` ranges over the parameter's maximum length (8): with fewer centres, a cell past the
  /// last one counts no one, only noise, and is left out.
  @Test func cellsPastTheLastCentreAreNoise() throws {
    var input = try ReportFixtures.small()
    input.thirdPlaces.centres.removeLast(2)
    let analysis = try SynergyAnalysis(input: input, communes: try TestSupport.communes())
    #expect(analysis.thirdPlaces.map(\.index) == [0])
    #expect(analysis.thirdPlacesNoiseOnly == 1)
    let html = try SynergyReport(input: input, communes: try TestSupport.communes()).html()
    #expect(html.contains("1 groupe(s) publié(s) ne correspondent à aucun lieu"))
  }

  /// Noise may push a coastal centre offshore: the place comes to the nearest point of the
  /// coast, and the page says how far it moved.
  @Test func offshoreCentresComeAshore() throws {
    var input = try ReportFixtures.small()
    input.thirdPlaces.centres[0] = GeoPoint(latitude: -20.82, longitude: 55.45)
    let communes = try TestSupport.communes()
    let analysis = try SynergyAnalysis(input: input, communes: communes)
    let place = try #require(analysis.thirdPlaces.first)
    #expect(place.movedAshoreKilometres > 1 && place.movedAshoreKilometres < 10)
    #expect(place.centre == communes.island.nearestPoint(to: input.thirdPlaces.centres[0]))
    #expect(place.commune == 97411)
    #expect(analysis.thirdPlaces[1].movedAshoreKilometres == 0)
    let html = try SynergyReport(input: input, communes: communes).html()
    #expect(html.contains("Le centre calculé du lieu 1 tombait en mer"))
    #expect(!html.contains("du lieu 2 tombait en mer"))
  }

  @Test func meansAreCappedByTheScriptsBounds() throws {
    var input = try ReportFixtures.small()
    // 4 ± 3 drivers whose summed km say 100 km each: the mean is clamped to 40 and its
    // half-width capped at the span of the bounds.
    input.carpool.cells[3].sums["mean_km"] = ReportFixtures.noisy(4000, 80, decimals: 1)
    let analysis = try SynergyAnalysis(input: input, communes: try TestSupport.communes())
    let cell = try #require(analysis.carpoolCells.first { $0.home == 97407 })
    #expect(cell.meanKilometres == Estimate(value: 40, halfWidth: 40))
  }

  @Test func refusesTablesItCannotRead() throws {
    let communes = try TestSupport.communes()
    var input = try ReportFixtures.small()
    input.carpool.keyNames = ["home_zone", "work_zone", "slot"]
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.shuttle.cells[0].key[0] = .int(97499)
    #expect {
      try SynergyAnalysis(input: input, communes: communes)
    } throws: { error in
      guard case .invalidKey(table: "shuttle", key: "97499", _) = error as? SynergyReportError
      else { return false }
      return true
    }

    input = try ReportFixtures.small()
    input.shuttle.cells[1].key[1] = .int(24)
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.thirdPlaces.lastRound.cells[0].key[0] = .int(-1)
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.carpool.cells[0].sums = [:]
    #expect(throws: SynergyReportError.missingValue(table: "carpool", value: "mean_km")) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.carpool.values[1].upper = nil
    #expect(throws: SynergyReportError.missingBounds(table: "carpool", value: "mean_km")) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.assumptions.carOccupancy = 0
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }
  }

  @Test func totalEpsilonAddsTheAlgorithms() throws {
    #expect(try ReportFixtures.small().run.totalEpsilon.description == "2.7")
  }
}
