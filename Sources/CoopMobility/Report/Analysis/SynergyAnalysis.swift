import CoopEngine

/// The report's figures, derived from the input by post-processing only (no privacy cost).
public struct SynergyAnalysis: Sendable {
  /// Carpool candidates, largest km saved first.
  public let carpool: [CarpoolCandidate]
  /// Every published carpool cell (candidates or not).
  public let carpoolCells: [CorridorCell]
  /// Shuttle lines, one per work commune with at least one departure at or above the riders
  /// threshold, most riders first.
  public let shuttleLines: [ShuttleLine]
  /// Every published shuttle cell.
  public let shuttleCells: [ShuttleCell]
  /// Third places, by centre index.
  public let thirdPlaces: [ThirdPlace]
  /// Published third-places cells whose index has no centre (noise only), left out.
  public let thirdPlacesNoiseOnly: Int
  /// Home→work flows between distinct communes (published carpool cells), largest first.
  public let flows: [CommuteFlow]
  /// The total cars saved per day over all candidates.
  public let totalCarsSaved: Estimate
  /// The total car-km saved per day over all candidates: total cars saved × 2 × the mean
  /// commute.
  public let totalKilometresSaved: Estimate
  /// The mean one-way commute (km) of the published carpool cells, used for third places.
  public let meanCommute: Estimate
  /// The largest one-way distance a row counts for (km), from the carpool script's clamp.
  public let maximumKilometres: Double

  /// Reads and checks the input's tables and derives every figure; `communes` places centres.
  public init(input: SynergyReportInput, communes: Communes) throws(SynergyReportError) {
    let assumptions = input.assumptions
    try assumptions.validate()
    carpoolCells = try input.carpool.corridorCells(named: "carpool")
    let maximumKilometres = try input.carpool.bounds(of: "mean_km", table: "carpool").upperBound
    self.maximumKilometres = maximumKilometres
    shuttleCells = try input.shuttle.shuttleCells(named: "shuttle")
    carpool =
      carpoolCells
      .filter { $0.employees.value >= Double(assumptions.carpoolMinimumDrivers) }
      .map {
        CarpoolCandidate(
          cell: $0, occupancy: assumptions.carOccupancy, maximumKilometres: maximumKilometres)
      }
      .sorted(by: Self.byKilometresSaved)
    shuttleLines = Self.lines(
      shuttleCells.filter { $0.riders.value >= Double(assumptions.shuttleMinimumRiders) })
    let meanCommute = try Self.meanCommute(input.carpool, bounds: 0...maximumKilometres)
    self.meanCommute = meanCommute
    (thirdPlaces, thirdPlacesNoiseOnly) = try Self.thirdPlaces(
      input.thirdPlaces, communes: communes, meanCommute: meanCommute,
      daysPerWeek: assumptions.thirdPlaceDaysPerWeek)
    flows = Self.flows(carpoolCells)
    totalCarsSaved = .total(carpool.map(\.carsSaved))
    // Σ cars × 2 × mean km, with each corridor's own mean, would carry every corridor's noisy
    // sum of distances; the pooled mean commute is far more precise.
    totalKilometresSaved = totalCarsSaved.times(meanCommute, otherMaximum: maximumKilometres)
      .scaled(by: 2)
  }

  /// The departures, in every line, over all lines.
  public var shuttleDepartures: [ShuttleCell] { shuttleLines.flatMap(\.departures) }

  private static func byKilometresSaved(_ a: CarpoolCandidate, _ b: CarpoolCandidate) -> Bool {
    a.kilometresSaved.value != b.kilometresSaved.value
      ? a.kilometresSaved.value > b.kilometresSaved.value
      : (a.cell.home, a.cell.work) < (b.cell.home, b.cell.work)
  }
}
