import CoopEngine

extension SynergyAnalysis {
  /// One third place per published cell `c`, placed at `centres[c]`, and the number of
  /// published cells past the last centre.
  ///
  /// The key domain is the parameter's maximum length (8), so an edge releases a noisy count for
  /// every index even when the list is shorter: no employee is nearest to a missing centre, so
  /// such a cell is pure noise that happened to pass the threshold, and is left out.
  ///
  /// A third place's commute km are its employees × `meanCommute` (the territory's mean one-way
  /// commute, measured by the carpool run): a per-place sum of distances, up to 40 km per
  /// employee, would carry every company's noise and be noise itself at this size.
  static func thirdPlaces(
    _ result: ThirdPlacesResult, communes: Communes, meanCommute: Estimate, daysPerWeek: Int
  ) throws(SynergyReportError) -> (places: [ThirdPlace], noiseOnly: Int) {
    let table = result.lastRound
    try table.requireKeys(["c"], table: "third_places")
    var places: [ThirdPlace] = []
    var noiseOnly = 0
    for cell in table.cells {
      guard case .int(let index) = cell.key[0], index >= 0 else {
        throw .invalidKey(
          table: "third_places", key: cell.key[0].description,
          reason: "a centre index is an integer from 0")
      }
      guard result.centres.indices.contains(index) else {
        noiseOnly += 1
        continue
      }
      let computed = result.centres[index]
      let centre = communes.island.nearestPoint(to: computed)
      let employees = Estimate(cell.count)
      let commuteKilometres = employees.times(meanCommute)
      places.append(
        ThirdPlace(
          index: index, centre: centre, movedAshoreKilometres: computed.distance(to: centre),
          commune: communes.code(nearest: centre),
          employees: employees, commuteKilometres: commuteKilometres,
          kilometresAvoidedPerWeek: commuteKilometres.scaled(by: 2 * Double(daysPerWeek))))
    }
    return (places.sorted { $0.index < $1.index }, noiseOnly)
  }

  /// The mean one-way commute (km) over the published carpool cells: Σ sums ÷ Σ counts (each
  /// total's margin the root of the sum of squares), then the mean's first-order propagation,
  /// as for one cell.
  static func meanCommute(_ table: ReleaseTable, bounds: ClosedRange<Double>) throws(SynergyReportError)
    -> Estimate
  {
    var sums: [Estimate] = []
    for cell in table.cells {
      guard let km = cell.sums["mean_km"] else { throw .missingValue(table: "carpool", value: "mean_km") }
      sums.append(Estimate(km))
    }
    return .mean(sum: .total(sums), count: .total(table.cells.map { Estimate($0.count) }), bounds: bounds)
  }

  /// The published carpool corridors between distinct communes, largest first.
  static func flows(_ cells: [CorridorCell]) -> [CommuteFlow] {
    cells.filter { $0.home != $0.work }
      .map {
        CommuteFlow(
          home: $0.home, work: $0.work, employees: $0.employees, meanKilometres: $0.meanKilometres)
      }
      .sorted {
        $0.employees.value != $1.employees.value
          ? $0.employees.value > $1.employees.value : ($0.home, $0.work) < ($1.home, $1.work)
      }
  }

  /// Departures grouped into one line per work commune: most riders first, hours in order.
  static func lines(_ departures: [ShuttleCell]) -> [ShuttleLine] {
    Dictionary(grouping: departures, by: \.work)
      .map { work, cells in
        ShuttleLine(
          work: work, departures: cells.sorted { $0.hour < $1.hour },
          riders: .total(cells.map(\.riders)))
      }
      .sorted {
        $0.riders.value != $1.riders.value ? $0.riders.value > $1.riders.value : $0.work < $1.work
      }
  }
}
