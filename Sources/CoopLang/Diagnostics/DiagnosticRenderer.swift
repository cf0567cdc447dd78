/// Renders diagnostics for people: `path:line:col: error[E0102]: message`, the source line, a
/// caret and underline under the range, then notes and the fix-it. Control and bidirectional
/// characters of the path, the messages and the source line are shown as escapes
/// (`VisibleText`), and the caret is placed under the escaped text.
public struct DiagnosticRenderer: Sendable {
  /// Whether to emit ANSI colours (only on a terminal, never when `NO_COLOR` is set).
  public var colors: Bool

  /// A renderer, with or without colours.
  public init(colors: Bool) {
    self.colors = colors
  }

  /// The rendering of `diagnostics` (already sorted) against `source`.
  public func render(_ diagnostics: [Diagnostic], in source: SourceText) -> String {
    diagnostics.map { render($0, in: source) }.joined()
  }

  /// The rendering of one diagnostic, ending with a newline.
  public func render(_ d: Diagnostic, in source: SourceText) -> String {
    let start = d.range.start
    let path = VisibleText.escaped(source.path)
    var out = paint("\(path):\(start.line):\(start.column): ", .bold)
    out += paint("\(d.severity.rawValue)[\(d.id)]", color(for: d.severity))
    out += paint(": \(VisibleText.escaped(d.message))", .bold) + "\n"
    if d.code != .tooManyDiagnostics {
      out += snippet(d.range, label: d.notes.first(where: { $0.range == nil })?.message, in: source)
    }
    var unlabelled = d.notes.filter { $0.range == nil }.dropFirst()
    if d.code == .tooManyDiagnostics { unlabelled = d.notes[...] }
    let gutter = String(repeating: " ", count: String(start.line).count + 1)
    for note in unlabelled { out += "\(gutter)= note: \(VisibleText.escaped(note.message))\n" }
    for note in d.notes where note.range != nil {
      let at = note.range!.start
      out += "\(gutter)= note: \(path):\(at.line):\(at.column): \(VisibleText.escaped(note.message))\n"
    }
    if let fix = d.fixIt {
      out += "\(gutter)= help: \(VisibleText.escaped(fix.message))\n"
    }
    return out
  }

  /// The source line of `range` with a caret and underline, and an optional label after it.
  private func snippet(_ range: SourceRange, label: String?, in source: SourceText) -> String {
    let line = range.start.line
    let text = Self.shown(source.line(line))
    let number = String(line)
    let pad = String(repeating: " ", count: number.count)
    let lineBytes = Array(source.line(line).utf8)
    let startColumn = displayColumn(byteColumn: range.start.column, in: lineBytes)
    let sameLine = range.end.line == line
    let endColumn =
      sameLine
      ? displayColumn(byteColumn: range.end.column, in: lineBytes)
      : text.count + 1
    let width = max(1, endColumn - startColumn)
    var marker = String(repeating: " ", count: max(0, startColumn - 1)) + "^"
    marker += String(repeating: "~", count: width - 1)
    if let label { marker += " " + VisibleText.escaped(label) }
    return "\(pad) |\n\(number) | \(text)\n\(pad) | \(paint(marker, .caret))\n"
  }

  /// Converts a 1-based byte column into a 1-based column of the line as shown.
  private func displayColumn(byteColumn: Int, in line: [UInt8]) -> Int {
    let prefix = line.prefix(max(0, byteColumn - 1))
    return Self.shown(String(decoding: prefix, as: UTF8.self)).count + 1
  }

  /// A source line as shown: tabs as one space, controls escaped.
  private static func shown(_ line: String) -> String {
    VisibleText.escaped(String(line.map { $0 == "\t" ? " " : $0 }))
  }

  private enum Style {
    case bold, red, yellow, cyan, caret
  }

  private func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .note: .cyan
    }
  }

  private func paint(_ text: String, _ style: Style) -> String {
    guard colors else { return text }
    let code =
      switch style {
      case .bold: "1"
      case .red: "1;31"
      case .yellow: "1;33"
      case .cyan: "1;36"
      case .caret: "1;32"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
