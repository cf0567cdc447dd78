/// A saturating interval of non-negative integers, `[min, max]`, as in cel-go's cost estimates.
public struct CostRange: Hashable, Sendable, CustomStringConvertible {
  /// The least possible value.
  public var min: Int
  /// The greatest possible value (`Int.max` means unbounded).
  public var max: Int

  /// `[min, max]`.
  public init(_ min: Int, _ max: Int) {
    self.min = min
    self.max = max
  }

  /// `[value, value]`.
  public init(exactly value: Int) { self.init(value, value) }

  /// Interval sum, saturating.
  public static func + (a: CostRange, b: CostRange) -> CostRange {
    CostRange(a.min.saturatingAdd(b.min), a.max.saturatingAdd(b.max))
  }

  /// Interval product, saturating.
  public static func * (a: CostRange, b: CostRange) -> CostRange {
    CostRange(a.min.saturatingMultiply(b.min), a.max.saturatingMultiply(b.max))
  }

  /// Whether `value` lies inside.
  public func contains(_ value: Int) -> Bool { min <= value && value <= max }

  public var description: String { "[\(min), \(max)]" }
}

extension Int {
  func saturatingAdd(_ other: Int) -> Int {
    let (r, o) = addingReportingOverflow(other)
    return o ? Int.max : r
  }

  func saturatingMultiply(_ other: Int) -> Int {
    let (r, o) = multipliedReportingOverflow(by: other)
    return o ? Int.max : r
  }
}

/// What a script costs at worst, as functions of the sizes of the tables it reads.
public struct StaticBounds: Sendable, Hashable {
  /// Rows scanned per row of the `from` table, by table (`employees`: 1; `sites`: 1 lookup).
  public var rowsPerScannedRow: [String: Int]
  /// The table whose size N everything scales with.
  public var scannedTable: String
  /// Released cells: at least 0, at most the product of the key domains' sizes.
  public var cells: CostRange
  /// Abstract cost units per scanned row (filter, keys, aggregates).
  public var costPerRow: CostRange
  /// Bytes kept per cell while aggregating.
  public var bytesPerCell: Int

  /// Rows of each table scanned for a `from` table of `n` rows.
  public func rowsScanned(n: Int) -> [String: Int] {
    rowsPerScannedRow.mapValues { $0.saturatingMultiply(n) }
  }

  /// The cost of a run over `n` rows.
  public func cost(n: Int) -> CostRange { costPerRow * CostRange(exactly: n) }

  /// The peak memory of aggregation: every possible cell kept.
  public var memoryBytes: CostRange { CostRange(0, cells.max.saturatingMultiply(bytesPerCell)) }
}

/// Limits a script must stay within to pass the check (configurable per hub and edge).
public struct CheckLimits: Sendable, Hashable {
  /// The most cells a script may release.
  public var maxCells: Int
  /// The most abstract cost units per scanned row.
  public var maxCostPerRow: Int
  /// The most bytes of aggregation memory.
  public var maxMemoryBytes: Int
  /// The most rounds.
  public var maxRounds: Int
  /// The largest total ε, in millionths.
  public var maxEpsilonMicros: Int

  /// Defaults suitable for a territory of a few dozen companies.
  public static let standard = CheckLimits(
    maxCells: 200_000, maxCostPerRow: 10_000, maxMemoryBytes: 256 << 20, maxRounds: 50,
    maxEpsilonMicros: 10_000_000)

  /// Limits with every field given.
  public init(maxCells: Int, maxCostPerRow: Int, maxMemoryBytes: Int, maxRounds: Int, maxEpsilonMicros: Int) {
    self.maxCells = maxCells
    self.maxCostPerRow = maxCostPerRow
    self.maxMemoryBytes = maxMemoryBytes
    self.maxRounds = maxRounds
    self.maxEpsilonMicros = maxEpsilonMicros
  }
}
