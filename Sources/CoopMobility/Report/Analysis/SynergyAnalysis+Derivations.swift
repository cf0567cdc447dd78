import CoopEngine

extension SynergyAnalysis {
  /// One third place per published cell `c`, placed at `centres[c]`.
  static func thirdPlaces(_ result: ThirdPlacesResult, communes: Communes, daysPerWeek: Int)
    throws(SynergyReportError) -> [ThirdPlace]
  {
    try result.lastRound.requireKeys(["c"], table: "third_places")
    var places: [ThirdPlace] = []
    for cell in result.lastRound.cells {
      guard case .int(let index) = cell.key[0], result.centres.indices.contains(index) else {
        throw .invalidKey(
          table: "third_places", key: cell.key[0].description,
          reason: "no centre with this index among \(result.centres.count)")
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
    return places.sorted { $0.index < $1.index }
  }

  /// Flows between distinct communes: each pair's counts summed over slots and tables.
  static func flows(_ cells: [ZoneSlotCell]) -> [CommuteFlow] {
    var byPair: [[Int]: [ZoneSlotCell]] = [:]
    for cell in cells where cell.home != cell.work {
      byPair[[cell.home, cell.work], default: []].append(cell)
    }
    return byPair.values.compactMap { group -> CommuteFlow? in
      guard let first = group.first else { return nil }
      let weights = group.map { max(0, $0.employees.value) }
      let total = weights.reduce(0, +)
      func weighted(_ value: (ZoneSlotCell) -> Double) -> Double {
        total > 0 ? zip(group, weights).reduce(0) { $0 + value($1.0) * $1.1 } / total : 0
      }
      return CommuteFlow(
        home: first.home, work: first.work, employees: .total(group.map(\.employees)),
        meanKilometres: Estimate(
          value: weighted(\.meanKilometres.value), halfWidth: weighted(\.meanKilometres.halfWidth)))
    }
    .sorted {
      $0.employees.value != $1.employees.value
        ? $0.employees.value > $1.employees.value : ($0.home, $0.work) < ($1.home, $1.work)
    }
  }
}
