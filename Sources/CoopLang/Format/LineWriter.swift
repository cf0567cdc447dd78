/// Accumulates formatted lines and places the source's comments among them.
///
/// Every line the formatter writes names the source range it came from; comments that precede
/// that range in the source are written first (own-line comments on their own lines, trailing
/// comments at the end of the line they followed), so no comment is ever lost.
struct LineWriter {
  private var lines: [String] = []
  private var pending: ArraySlice<Comment>

  init(comments: [Comment]) {
    pending = comments.sorted { $0.range.start < $1.range.start }[...]
  }

  /// Writes `text` at `indent` levels, for source starting at `start`.
  mutating func line(_ text: String, indent: Int = 0, source start: SourceLocation) {
    flushComments(before: start.offset, indent: indent)
    lines.append(String(repeating: "  ", count: indent) + text)
  }

  /// A blank line, unless the output is empty or already ends with one.
  mutating func blank() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  /// The formatted text, with any remaining comments, ending with one newline.
  mutating func finish() -> String {
    flushComments(before: Int.max, indent: 0)
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private mutating func flushComments(before offset: Int, indent: Int) {
    while let comment = pending.first, comment.range.start.offset < offset {
      pending.removeFirst()
      let text = comment.text.trimmingTrailingSpaces()
      if !comment.ownLine, let last = lines.indices.last, !lines[last].isEmpty {
        lines[last] += "  " + text
      } else {
        lines.append(String(repeating: "  ", count: indent) + text)
      }
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
