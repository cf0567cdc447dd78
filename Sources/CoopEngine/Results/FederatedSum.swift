/// Sums the cells of several edges' release tables into one federated table.
///
/// A cell's federated count and sums are the sums of the noisy numbers the edges released for
/// it; the noise of a total lists every edge's term (joined by `+`) and its 95% half-width is
/// that of the sum of those independent noises (`FederatedAccuracy`). The minimum group size
/// applies to the federated count: a total below it is suppressed, as post-processing.
public enum FederatedSum {
  /// The federated table of `tables` (all of one algorithm, version, round and shape), with
  /// totals whose noisy count is below `minGroup` suppressed.
  public static func federate(_ tables: [ReleaseTable], minGroup: Int?) throws(FederationError)
    -> ReleaseTable
  {
    guard let first = tables.first else {
      throw .incompatibleTables("no table to federate")
    }
    for table in tables.dropFirst() {
      guard table.algorithm == first.algorithm, table.version == first.version,
        table.round == first.round, table.keyNames == first.keyNames,
        table.values == first.values
      else { throw .incompatibleTables("different algorithm, version, round, keys or values") }
    }
    var totals: [[CellKey]: Accumulator] = [:]
    var widths = HalfWidthCache()
    for table in tables {
      for cell in table.cells { try totals[cell.key, default: Accumulator()].add(cell) }
    }
    var cells: [ReleaseCell] = []
    var suppressed = 0
    for key in totals.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      guard let cell = try totals[key]?.cell(key: key, widths: &widths) else { continue }
      // A total is published when it reaches min_group and stands out of its own noise: at least
      // twice its 95% half-width (a false positive from an empty cell is then rarer than 1 in
      // 1000). Post-processing of noisy totals: no privacy cost.
      if let minGroup, cell.count.units < max(minGroup, 2 * cell.count.halfWidth95) {
        suppressed += 1
      } else {
        cells.append(cell)
      }
    }
    return ReleaseTable(
      algorithm: first.algorithm, version: first.version, round: first.round,
      keyNames: first.keyNames, values: first.values, cells: cells, suppressed: suppressed)
  }

  /// The running totals of one cell.
  struct Accumulator {
    var count = NumberTotal()
    var sums: [String: NumberTotal] = [:]

    mutating func add(_ cell: ReleaseCell) throws(FederationError) {
      try count.add(cell.count, "count")
      for (name, number) in cell.sums { try sums[name, default: NumberTotal()].add(number, name) }
    }

    func cell(key: [CellKey], widths: inout HalfWidthCache) throws(FederationError) -> ReleaseCell {
      var federated: [String: NoisyNumber] = [:]
      for (name, total) in sums { federated[name] = total.number(widths: &widths) }
      return ReleaseCell(key: key, count: count.number(widths: &widths), sums: federated)
    }
  }

  /// Half-widths by noise description: every cell of a value usually carries the same edges'
  /// noises, so the (possibly costly) convolution or bound is computed once per value, not per cell.
  struct HalfWidthCache {
    private var widths: [String: Int] = [:]

    mutating func width(of terms: [NoiseTerm]) -> Int {
      let description = NoiseTerm.joined(terms)
      if let width = widths[description] { return width }
      let width = FederatedAccuracy.halfWidth(of: terms).width
      widths[description] = width
      return width
    }
  }

  /// The running total of one noisy number across edges.
  struct NumberTotal {
    var units = 0
    var decimals: Int? = nil
    var terms: [NoiseTerm] = []

    mutating func add(_ number: NoisyNumber, _ name: String) throws(FederationError) {
      guard decimals == nil || decimals == number.decimals else {
        throw .incompatibleTables("'\(name)' has different decimals across edges")
      }
      decimals = number.decimals
      let (sum, overflow) = units.addingReportingOverflow(number.units)
      guard !overflow else { throw .overflow(name) }
      units = sum
      terms += try NoiseTerm.terms(of: number.noise)
    }

    func number(widths: inout HalfWidthCache) -> NoisyNumber {
      NoisyNumber(
        units: units, decimals: decimals ?? 0, noise: NoiseTerm.joined(terms),
        halfWidth95: widths.width(of: terms))
    }
  }
}
