import CoopEngine

extension SynergyAnalysis {
  /// One third place per published cell `c`, placed at `centres[c]`, and the number of
  /// published cells past the last centre.
  ///
  /// The key domain is the parameter's maximum length (8), so an edge releases a noisy count for
  /// every index even when the list is shorter: no employee is nearest to a missing centre, so
  /// such a cell is pure noise that happened to pass the threshold, and is left out.
  static func thirdPlaces(_ result: ThirdPlacesResult, communes: Communes, daysPerWeek: Int)
    throws(SynergyReportError) -> (places: [ThirdPlace], noiseOnly: Int)
  {
    let table = result.lastRound
    try table.requireKeys(["c"], table: "third_places")
    _ = try table.bounds(of: "km", table: "third_places")
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
      guard let km = cell.sums["km"] else {
        throw .missingValue(table: "third_places", value: "km")
      }
      let centre = result.centres[index]
      let commuteKilometres = Estimate(km)
      places.append(
        ThirdPlace(
          index: index, centre: centre, commune: communes.code(nearest: centre),
          employees: Estimate(cell.count), commuteKilometres: commuteKilometres,
          kilometresAvoidedPerWeek: commuteKilometres.scaled(by: 2 * Double(daysPerWeek))))
    }
    return (places.sorted { $0.index < $1.index }, noiseOnly)
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
