/// The exact (pre-noise) aggregates of a run: per non-empty cell, the count and the grid sums.
/// Never leaves the executor: only noisy values are released.
struct ExactAggregates: Equatable {
  /// Exact values of one cell.
  struct Cell: Equatable {
    var count: Int
    /// Sums in grid units, in the order of the script's sum and mean values.
    var sums: [Int]
  }

  /// Cells by key.
  var cells: [[CellKey]: Cell]
  /// Rows of the scanned table read (full-scan steps).
  var rowsScanned: Int
  /// Rows in the scanned table.
  var tableRows: Int
}
