import CoopLang

/// The exact (pre-noise) aggregates of a run: for every cell of the key domain, in the order of
/// `KeyDomainProduct.cells`, the count and the sums on their grids. Never leaves the executor:
/// only noisy values are released.
struct ExactAggregates: Equatable {
  /// Exact values of one cell.
  struct Cell: Equatable {
    var count: Int
    /// Sums in grid units, in the order of the script's sum and mean values.
    var sums: [Int]
  }

  /// The key domains.
  var domains: [KeyDomain]
  /// Counts by cell position.
  var counts: [Int64]
  /// Sums by released value, then cell position.
  var sums: [[Int64]]
  /// Rows of the scanned table read.
  var rowsScanned: Int
  /// Interpreter steps counted (the checker's cost units).
  var steps: Int

  /// The cell at `position`.
  func cell(_ position: Int) -> Cell {
    Cell(count: Int(counts[position]), sums: sums.map { Int($0[position]) })
  }

  /// The cells holding at least one row, by key (tests compare them with plain SQL).
  var cells: [[CellKey]: Cell] {
    var out: [[CellKey]: Cell] = [:]
    for (position, key) in KeyDomainProduct.cells(domains).enumerated() where counts[position] > 0 {
      out[key] = cell(position)
    }
    return out
  }
}
