import CoopEngine

extension ReleaseTable {
  /// The carpool table's cells, keyed by `["home_zone", "work_zone"]`, with a `mean_km` value.
  func corridorCells(named name: String) throws(SynergyReportError) -> [CorridorCell] {
    try requireKeys(["home_zone", "work_zone"], table: name)
    let bounds = try bounds(of: "mean_km", table: name)
    var cells: [CorridorCell] = []
    for cell in self.cells {
      let count = Estimate(cell.count)
      cells.append(
        CorridorCell(
          home: try cell.zone(at: 0, table: name), work: try cell.zone(at: 1, table: name),
          employees: count,
          meanKilometres: try cell.mean("mean_km", count: count, bounds: bounds, table: name)))
    }
    return cells
  }

  /// The shuttle table's cells, keyed by `["work_zone", "slot"]` (1-hour slots); the count is
  /// the riders.
  func shuttleCells(named name: String) throws(SynergyReportError) -> [ShuttleCell] {
    try requireKeys(["work_zone", "slot"], table: name)
    var cells: [ShuttleCell] = []
    for cell in self.cells {
      guard case .int(let index) = cell.key[1], let hour = ArrivalHour(index: index) else {
        throw .invalidKey(
          table: name, key: cell.key[1].description, reason: "a slot is an hour 0–23")
      }
      cells.append(
        ShuttleCell(work: try cell.zone(at: 0, table: name), hour: hour, riders: Estimate(cell.count)))
    }
    return cells
  }

  /// The bounds of one row's `value` in display units, from the script's clamp.
  func bounds(of value: String, table: String) throws(SynergyReportError) -> ClosedRange<Double> {
    guard let spec = values.first(where: { $0.name == value }) else {
      throw .missingValue(table: table, value: value)
    }
    guard let lower = spec.lower, let upper = spec.upper, lower.isFinite, upper.isFinite,
      lower <= upper
    else {
      throw .missingBounds(table: table, value: value)
    }
    return lower...upper
  }

  /// Throws unless the table's key names are exactly `expected` and every cell has that many.
  func requireKeys(_ expected: [String], table: String) throws(SynergyReportError) {
    guard keyNames == expected, cells.allSatisfy({ $0.key.count == expected.count }) else {
      throw .unexpectedKeys(table: table, expected: expected, found: keyNames)
    }
  }
}

extension ReleaseCell {
  /// The INSEE code at key position `position`, checked against 97401–97424.
  fileprivate func zone(at position: Int, table: String) throws(SynergyReportError) -> Int {
    guard case .int(let code) = key[position], Communes.codes.contains(code) else {
      throw .invalidKey(
        table: table, key: key[position].description,
        reason: "a zone is an INSEE code 97401–97424")
    }
    return code
  }

  /// The mean `sums[value] / count`, clamped to `bounds`.
  fileprivate func mean(
    _ value: String, count: Estimate, bounds: ClosedRange<Double>, table: String
  ) throws(SynergyReportError) -> Estimate {
    guard let sum = sums[value] else { throw .missingValue(table: table, value: value) }
    return .mean(sum: Estimate(sum), count: count, bounds: bounds)
  }
}
