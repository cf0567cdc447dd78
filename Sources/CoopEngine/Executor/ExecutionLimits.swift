import CoopLang

/// The sandbox's safety net for one run. The interpreter's cost is bounded by construction
/// (`StaticBounds.costPerRow` per row); these limits only stop a run that a broken machine
/// makes hang. None is computed from the data, and none is named with a number in a message.
public struct ExecutionLimits: Sendable, Hashable {
  /// The most wall-clock seconds.
  public var maxSeconds: Double
  /// The heap limit for SQLite, in bytes.
  public var heapBytes: Int

  /// The defaults: one hour, 256 MiB of SQLite heap (the statement has no sort or temporary
  /// table: its heap is a few pages of cache).
  public static let standard = ExecutionLimits(maxSeconds: 3600, heapBytes: 256 << 20)

  /// Explicit limits (tests use small ones to prove each is enforced).
  public init(maxSeconds: Double, heapBytes: Int) {
    self.maxSeconds = maxSeconds
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
