import Foundation

/// Writes a document as plain text or Markdown with the same calls. Every piece of text is
/// one line: its control and bidirectional characters, newlines included, are escaped
/// (`VisibleText`), so a title or a string from a script cannot hide text or forge a section.
struct SheetWriter {
  let markdown: Bool
  private(set) var text = ""
  private var inList = false

  init(markdown: Bool) { self.markdown = markdown }

  /// Ends a list before any other block.
  private mutating func block() {
    if inList { text += "\n" }
    inList = false
  }

  mutating func title(_ raw: String) {
    let s = VisibleText.escaped(raw)
    block()
    text += markdown ? "# \(s)\n\n" : "\(s)\n\(String(repeating: "=", count: s.count))\n\n"
  }

  mutating func heading(_ raw: String) {
    let s = VisibleText.escaped(raw)
    block()
    text += markdown ? "## \(s)\n\n" : "\(s)\n\(String(repeating: "-", count: s.count))\n\n"
  }

  mutating func paragraph(_ s: String) {
    block()
    text += VisibleText.escaped(s) + "\n\n"
  }

  mutating func bullet(_ s: String) {
    text += (markdown ? "- " : "  • ") + VisibleText.escaped(s) + "\n"
    inList = true
  }

  /// A table: the first row is the header.
  mutating func table(_ cells: [[String]]) {
    let rows = cells.map { $0.map { VisibleText.escaped($0) } }
    block()
    guard let header = rows.first else { return }
    if markdown {
      text += "| " + header.joined(separator: " | ") + " |\n"
      text += "|" + String(repeating: "---|", count: header.count) + "\n"
      for row in rows.dropFirst() {
        text += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
      }
    } else {
      let widths = header.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
      for (n, row) in rows.enumerated() {
        let cells = row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
        text += ("  " + cells.joined(separator: "  ")).trimmingTrailingSpaces() + "\n"
        if n == 0 { text += "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
      }
    }
    text += "\n"
  }

  /// The document, ending with exactly one newline.
  var finished: String {
    var out = text
    while out.hasSuffix("\n\n") { out.removeLast() }
    return out
  }
}
