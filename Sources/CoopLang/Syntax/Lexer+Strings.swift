extension Lexer {
  /// A double-quoted string on one line, with escapes `\"`, `\\`, `\n`, `\t`.
  mutating func lexString() {
    let start = location
    index += 1
    var value: [UInt8] = []
    while true {
      guard let b = peek(), b != UInt8(ascii: "\n") else {
        let range = SourceRange(start, location)
        report(
          .unterminatedString, range, "unterminated string",
          notes: [DiagnosticNote("strings end with '\"' on the line where they start")],
          fixIt: FixIt("insert '\"'", range: SourceRange(at: location), replacement: "\""))
        emit(.string, from: start, text: decode(value, start: start))
        return
      }
      if b == UInt8(ascii: "\"") {
        index += 1
        emit(.string, from: start, text: decode(value, start: start))
        return
      }
      if b == UInt8(ascii: "\\") {
        lexEscape(into: &value)
        continue
      }
      value.append(b)
      index += 1
    }
  }

  private mutating func lexEscape(into value: inout [UInt8]) {
    let escapeStart = location
    index += 1
    guard let e = peek(), e != UInt8(ascii: "\n") else { return }
    index += 1
    switch e {
    case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
    case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
    default:
      let length = max(1, scalarLength(at: index - 1))
      index += length - 1
      let shown = String(decoding: bytes[(index - length)..<index], as: UTF8.self)
      report(
        .invalidEscape, SourceRange(escapeStart, location), "invalid escape '\\\(shown)' in string",
        notes: [DiagnosticNote("escapes are \\\", \\\\, \\n and \\t")])
    }
  }

  private mutating func decode(_ value: [UInt8], start: SourceLocation) -> String {
    if let text = String(validating: value, as: UTF8.self) { return text }
    report(.invalidUTF8, SourceRange(start, location), "string is not valid UTF-8")
    return String(decoding: value, as: UTF8.self)
  }
}
