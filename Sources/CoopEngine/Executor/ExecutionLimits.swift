import CoopLang

/// The sandbox's safety net for one run. The interpreter's cost is bounded by construction
/// (`StaticBounds.costPerRow` per row); this limit only stops a run that a broken machine makes
/// hang. It is not computed from the data, and its message names no number.
///
/// There is no memory limit: the statement has no sort, no grouping and no temporary table, so
/// SQLite holds one row at a time, and the interpreter's memory is the key domain's size, known
/// before the run. A heap limit would only make a run fail when one stored value is huge — a
/// failure that would depend on one row (SQLite caps one value at 1 GB).
public struct ExecutionLimits: Sendable, Hashable {
  /// The most wall-clock seconds.
  public var maxSeconds: Double

  /// The default: one hour.
  public static let standard = ExecutionLimits(maxSeconds: 3600)

  /// An explicit limit (tests use a small one to prove it is enforced).
  public init(maxSeconds: Double) {
    self.maxSeconds = maxSeconds
  }
}

extension Int {
  func saturatingMultiplied(by other: Int) -> Int {
    let (r, o) = multipliedReportingOverflow(by: other)
    return o ? ((self < 0) != (other < 0) ? Int.min : Int.max) : r
  }

  func saturatingAdded(_ other: Int) -> Int {
    let (r, o) = addingReportingOverflow(other)
    return o ? (other > 0 ? Int.max : Int.min) : r
  }
}
