/// The bytes of one source file, with its path and an index of line starts for rendering.
public struct SourceText: Sendable {
  /// The path shown in diagnostics (as given by the user).
  public let path: String
  /// The file's raw bytes.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Source text from raw bytes.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
    self.lineStarts = starts
  }

  /// Source text from a string.
  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The text of 1-based line `line`, without its newline (invalid UTF-8 is repaired).
  public func line(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// The location of byte `offset`.
  public func location(ofOffset offset: Int) -> SourceLocation {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return SourceLocation(line: lo + 1, column: offset - lineStarts[lo] + 1, offset: offset)
  }

  /// The text covered by `range`.
  public func text(in range: SourceRange) -> String {
    let lo = max(0, min(range.start.offset, bytes.count))
    let hi = max(lo, min(range.end.offset, bytes.count))
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }
}
