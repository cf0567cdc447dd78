/// A position in a source file: 1-based line and column (columns count UTF-8 bytes) and byte offset.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, in UTF-8 bytes from the start of the line.
  public var column: Int
  /// 0-based byte offset from the start of the file.
  public var offset: Int

  /// A location at `line`:`column`, `offset` bytes into the file.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// The start of a file.
  public static let start = SourceLocation(line: 1, column: 1, offset: 0)

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool { a.offset < b.offset }

  public var description: String { "\(line):\(column)" }
}

/// A half-open range of source, `start ..< end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  /// The first byte of the range.
  public var start: SourceLocation
  /// The byte just past the range.
  public var end: SourceLocation

  /// The range from `start` to `end`.
  public init(_ start: SourceLocation, _ end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// An empty range at `location`.
  public init(at location: SourceLocation) {
    self.init(location, location)
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }

  public var description: String { "\(start)-\(end)" }
}
