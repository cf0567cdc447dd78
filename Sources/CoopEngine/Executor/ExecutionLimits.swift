import CoopLang

/// The sandbox's limits for one run, derived from the script's static bounds with a margin.
public struct ExecutionLimits: Sendable, Hashable {
  /// The most SQLite virtual-machine steps.
  public var maxSteps: Int
  /// The most wall-clock seconds.
  public var maxSeconds: Double
  /// The most cells the query may return.
  public var maxCells: Int
  /// The heap limit for SQLite, in bytes.
  public var heapBytes: Int

  /// Limits for `script` over a table of `rows` rows: ten times the static worst case, plus a
  /// constant for small tables (SQLite steps are finer than the checker's cost units).
  public init(script: CheckedScript, rows: Int) {
    let cost = script.bounds.costPerRow.max.saturatingMultiplied(by: Swift.max(rows, 1))
    maxSteps = cost.saturatingMultiplied(by: 10).saturatingAdded(1_000_000)
    maxSeconds = 10 + Double(cost) / 5_000_000
    maxCells = script.bounds.cells.max
    heapBytes = Swift.max(256 << 20, script.bounds.memoryBytes.max.saturatingMultiplied(by: 8))
  }

  /// Explicit limits (tests use small ones to prove each is enforced).
  public init(maxSteps: Int, maxSeconds: Double, maxCells: Int, heapBytes: Int) {
    self.maxSteps = maxSteps
    self.maxSeconds = maxSeconds
    self.maxCells = maxCells
    self.heapBytes = heapBytes
  }
}

extension Int {
  func saturatingMultiplied(by other: Int) -> Int {
    let (r, o) = multipliedReportingOverflow(by: other)
    return o ? Int.max : r
  }

  func saturatingAdded(_ other: Int) -> Int {
    let (r, o) = addingReportingOverflow(other)
    return o ? Int.max : r
  }
}
