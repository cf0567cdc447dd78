/// Collects diagnostics up to a hard limit, counting (but not keeping) the ones past it.
public struct DiagnosticBag: Sendable {
  /// At most this many diagnostics are kept per file.
  public static let defaultLimit = 100

  /// The diagnostics kept so far, in the order reported.
  public private(set) var diagnostics: [Diagnostic] = []
  /// How many were reported past the limit.
  public private(set) var dropped = 0
  /// Where the first diagnostic past the limit was.
  public private(set) var firstDropped: SourceRange?
  /// The cap on kept diagnostics.
  public let limit: Int

  /// An empty bag keeping at most `limit` diagnostics.
  public init(limit: Int = DiagnosticBag.defaultLimit) {
    self.limit = limit
  }

  /// Records `diagnostic`, or counts it as dropped when the bag is full.
  public mutating func report(_ diagnostic: Diagnostic) {
    if diagnostics.count < limit {
      diagnostics.append(diagnostic)
    } else {
      dropped += 1
      if firstDropped == nil { firstDropped = diagnostic.range }
    }
  }

  /// Records every diagnostic of `other`, keeping the limit.
  public mutating func merge(_ other: DiagnosticBag) {
    for d in other.diagnostics { report(d) }
    if firstDropped == nil { firstDropped = other.firstDropped }
    dropped += other.dropped
  }

  /// True when any error (not a warning or note) was reported, kept or dropped.
  public var hasErrors: Bool { dropped > 0 || diagnostics.contains { $0.severity == .error } }

  /// The kept diagnostics sorted by position, then id, then message; plus a final note saying how
  /// many more were not shown, when the limit was hit.
  public var sorted: [Diagnostic] {
    var out = diagnostics.sorted {
      ($0.range.start.offset, $0.range.end.offset, $0.id, $0.message)
        < ($1.range.start.offset, $1.range.end.offset, $1.id, $1.message)
    }
    if dropped > 0 {
      let at = firstDropped ?? SourceRange(at: .start)
      out.append(
        Diagnostic(
          .tooManyDiagnostics, at: at,
          "too many diagnostics: \(dropped) more not shown"))
    }
    return out
  }
}
