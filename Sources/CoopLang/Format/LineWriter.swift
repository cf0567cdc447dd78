/// Accumulates formatted lines and places the source's comments among them.
///
/// Every line the formatter writes names the source position it came from; comments that precede
/// that position in the source are written first (trailing comments at the end of the line they
/// followed, own-line comments on their own lines), so no comment is ever lost or merged.
struct LineWriter {
  private var lines: [String] = []
  private var pending: ArraySlice<Comment>
  /// Whether the last line is code without a comment yet, so a trailing comment may join it.
  private var lastLineTakesComment = false
  /// A blank line requested before the next line.
  private var blankRequested = false

  init(comments: [Comment]) {
    pending = comments.sorted { $0.range.start < $1.range.start }[...]
  }

  /// Writes `text` at `indent` levels, for source starting at `start`.
  mutating func line(_ text: String, indent: Int = 0, source start: SourceLocation) {
    flushComments(before: start.offset, indent: indent)
    emitRequestedBlank()
    lines.append(String(repeating: "  ", count: indent) + text)
    lastLineTakesComment = true
  }

  /// Asks for a blank line before the next line (never at the start, never two in a row).
  mutating func blank() {
    blankRequested = !lines.isEmpty
  }

  /// The formatted text, with any remaining comments, ending with one newline.
  mutating func finish() -> String {
    blankRequested = false
    flushComments(before: Int.max, indent: 0)
    return lines.joined(separator: "\n") + "\n"
  }

  private mutating func emitRequestedBlank() {
    if blankRequested, let last = lines.last, !last.isEmpty { lines.append("") }
    blankRequested = false
  }

  private mutating func flushComments(before offset: Int, indent: Int) {
    while let comment = pending.first, comment.range.start.offset < offset {
      pending.removeFirst()
      let text = comment.text.trimmingTrailingSpaces()
      if !comment.ownLine, lastLineTakesComment, let last = lines.indices.last {
        lines[last] += "  " + text
      } else {
        emitRequestedBlank()
        lines.append(String(repeating: "  ", count: indent) + text)
      }
      lastLineTakesComment = false
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
    return String(s)
  }
}
