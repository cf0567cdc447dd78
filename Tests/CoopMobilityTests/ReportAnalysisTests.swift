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
    #expect((first.cell.home, first.cell.work, first.cell.slot.index) == (97415, 97411, 15))
    // 12 ± 3 drivers: 12 − ⌈12/3⌉ = 8; the interval 9…15 maps to 6…10.
    #expect(first.carsSaved == Estimate(value: 8, halfWidth: 2))
    // mean 366/12 = 30.5 km, ± (8 + 30.5·3)/(12 − 3).
    #expect(abs(first.cell.meanKilometres.value - 30.5) < 1e-9)
    let meanWidth = (8 + 30.5 * 3) / 9
    #expect(abs(first.cell.meanKilometres.halfWidth - meanWidth) < 1e-9)
    #expect(abs(first.kilometresSaved.value - 488) < 1e-9)
    let upper = 10 * 2 * (30.5 + meanWidth)
    #expect(abs(first.kilometresSaved.halfWidth - (upper - 488)) < 1e-9)
    #expect(analysis.totalCarsSaved.value == 8 + 4 + 6)
  }

  @Test func shuttleThirdPlacesAndFlows() throws {
    let analysis = try SynergyAnalysis(
      input: try ReportFixtures.small(), communes: try TestSupport.communes())
    #expect(analysis.shuttle.map(\.employees.value) == [22, 16])
    #expect(analysis.thirdPlaces.map(\.index) == [0, 1])
    let saintDenis = try #require(analysis.thirdPlaces.first)
    #expect(saintDenis.commune == 97411)
    #expect(saintDenis.kilometresAvoidedPerWeek == Estimate(value: 1600, halfWidth: 120))
    // Saint-Paul → Saint-Denis: 12 drivers + 22 riders; half-widths add.
    #expect(analysis.flows.count == 4)
    #expect(analysis.flows.first?.employees == Estimate(value: 34, halfWidth: 6))
    #expect(analysis.flows.allSatisfy { $0.home != $0.work })
  }

  @Test func refusesTablesItCannotRead() throws {
    let communes = try TestSupport.communes()
    var input = try ReportFixtures.small()
    input.carpool.keyNames = ["home_zone", "slot"]
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
    input.carpool.cells[1].key[2] = .int(48)
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.thirdPlaces.centres.removeLast(2)
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.carpool.cells[0].sums = [:]
    #expect(throws: SynergyReportError.missingValue(table: "carpool", value: "mean_km")) {
      try SynergyAnalysis(input: input, communes: communes)
    }

    input = try ReportFixtures.small()
    input.assumptions.carOccupancy = 0
    #expect(throws: SynergyReportError.self) {
      try SynergyAnalysis(input: input, communes: communes)
    }
  }

  @Test func totalEpsilonAddsTheAlgorithms() throws {
    #expect(try ReportFixtures.small().run.totalEpsilon.description == "1.6")
  }
}
