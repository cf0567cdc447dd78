import CoopEngine

extension ReleaseTable {
  /// The key names of commuting tables.
  static let zoneSlotKeys = ["home_zone", "work_zone", "slot"]

  /// The cells of a `["home_zone", "work_zone", "slot"]` table with a `mean_km` value; means are
  /// clamped to `0…maximumKilometres`.
  func zoneSlotCells(named name: String, maximumKilometres: Double)
    throws(SynergyReportError) -> [ZoneSlotCell]
  {
    try requireKeys(Self.zoneSlotKeys, table: name)
    var cells: [ZoneSlotCell] = []
    for cell in self.cells {
      let home = try cell.zone(at: 0, table: name)
      let work = try cell.zone(at: 1, table: name)
      guard case .int(let index) = cell.key[2], let slot = ArrivalSlot(index: index) else {
        throw .invalidKey(
          table: name, key: cell.key[2].description, reason: "a slot is an integer 0–47")
      }
      guard let sum = cell.sums["mean_km"] else {
        throw .missingValue(table: name, value: "mean_km")
      }
      let count = Estimate(cell.count)
      cells.append(
        ZoneSlotCell(
          home: home, work: work, slot: slot, employees: count,
          meanKilometres: .mean(sum: Estimate(sum), count: count, maximum: maximumKilometres)))
    }
    return cells
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
}
