import CoopEngine

/// The report's figures, derived from the input by post-processing only (no privacy cost).
public struct SynergyAnalysis: Sendable {
  /// Carpool candidates, largest km saved first.
  public let carpool: [CarpoolCandidate]
  /// Every published carpool cell (candidates or not).
  public let carpoolCells: [ZoneSlotCell]
  /// Shuttle corridors and slots at or above the riders threshold, most riders first.
  public let shuttle: [ZoneSlotCell]
  /// Every published shuttle cell.
  public let shuttleCells: [ZoneSlotCell]
  /// Third places, by centre index.
  public let thirdPlaces: [ThirdPlace]
  /// Home→work flows between distinct communes, largest first.
  public let flows: [CommuteFlow]
  /// The total cars saved per day over all candidates.
  public let totalCarsSaved: Estimate
  /// The total car-km saved per day over all candidates.
  public let totalKilometresSaved: Estimate

  /// Reads and checks the input's tables and derives every figure; `communes` places centres.
  public init(input: SynergyReportInput, communes: Communes) throws(SynergyReportError) {
    let assumptions = input.assumptions
    try assumptions.validate()
    let maximum = assumptions.maximumOneWayKilometres
    carpoolCells = try input.carpool.zoneSlotCells(named: "carpool", maximumKilometres: maximum)
    shuttleCells = try input.shuttle.zoneSlotCells(named: "shuttle", maximumKilometres: maximum)
    carpool =
      carpoolCells
      .filter { $0.employees.value >= Double(assumptions.carpoolMinimumDrivers) }
      .map { CarpoolCandidate(cell: $0, occupancy: assumptions.carOccupancy) }
      .sorted(by: Self.byKilometresSaved)
    shuttle =
      shuttleCells
      .filter { $0.employees.value >= Double(assumptions.shuttleMinimumRiders) }
      .sorted(by: Self.byEmployees)
    thirdPlaces = try Self.thirdPlaces(
      input.thirdPlaces, communes: communes, daysPerWeek: assumptions.thirdPlaceDaysPerWeek)
    flows = Self.flows(carpoolCells + shuttleCells)
    totalCarsSaved = .total(carpool.map(\.carsSaved))
    totalKilometresSaved = .total(carpool.map(\.kilometresSaved))
  }

  private static func byKilometresSaved(_ a: CarpoolCandidate, _ b: CarpoolCandidate) -> Bool {
    a.kilometresSaved.value != b.kilometresSaved.value
      ? a.kilometresSaved.value > b.kilometresSaved.value : byKey(a.cell, b.cell)
  }

  private static func byEmployees(_ a: ZoneSlotCell, _ b: ZoneSlotCell) -> Bool {
    a.employees.value != b.employees.value ? a.employees.value > b.employees.value : byKey(a, b)
  }

  private static func byKey(_ a: ZoneSlotCell, _ b: ZoneSlotCell) -> Bool {
    (a.home, a.work, a.slot.index) < (b.home, b.work, b.slot.index)
  }
}
