extension Lexer {
  /// Reports every character a source may not hold, wherever it is (code, strings, comments):
  /// the controls and bidirectional formatting characters of `VisibleText.isControl`, except
  /// tab, newline and the CR of a CRLF line end. Each can make what a reviewer reads differ
  /// from what runs.
  mutating func reportControlCharacters() {
    var line = 1
    var lineStart = 0
    var i = 0
    while i < bytes.count {
      let length = max(1, scalarLength(at: i))
      if let scalar = refusedScalar(at: i) {
        let start = SourceLocation(line: line, column: i - lineStart + 1, offset: i)
        let end = SourceLocation(line: line, column: i + length - lineStart + 1, offset: i + length)
        reportControl(scalar, SourceRange(start, end))
      }
      if bytes[i] == UInt8(ascii: "\n") {
        line += 1
        lineStart = i + 1
      }
      i += length
    }
  }

  /// The character at `i` if a source may not hold it.
  func refusedScalar(at i: Int) -> Unicode.Scalar? {
    let b = bytes[i]
    switch b {
    case UInt8(ascii: "\t"), UInt8(ascii: "\n"): return nil
    case UInt8(ascii: "\r"): return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? nil : "\r"
    case 0x00..<0x80: return VisibleText.isControl(Unicode.Scalar(b)) ? Unicode.Scalar(b) : nil
    // Only these lead bytes start a refused character: C1 controls (C2), U+061C (D8), U+200E…U+2069 (E2).
    case 0xC2, 0xD8, 0xE2:
      let length = scalarLength(at: i)
      guard length > 1,
        let scalar = String(decoding: bytes[i..<i + length], as: UTF8.self).unicodeScalars.first,
        VisibleText.isControl(scalar)
      else { return nil }
      return scalar
    default: return nil
    }
  }

  private mutating func reportControl(_ scalar: Unicode.Scalar, _ range: SourceRange) {
    let code = VisibleText.codePoint(scalar)
    let what: String
    var notes = [DiagnosticNote("it can make what a reviewer reads differ from what runs")]
    if scalar == "\r" {
      what = "carriage return \(code) without a newline after it"
      notes.insert(DiagnosticNote("a carriage return is allowed only in a CRLF line end"), at: 0)
    } else if scalar.value > 0x9F {
      what = "bidirectional formatting character \(code)" + (scalar.properties.name.map { " (\($0))" } ?? "")
    } else {
      what = "control character \(code)"
    }
    report(
      .controlCharacter, range, "\(what) is not allowed in a source", notes: notes,
      fixIt: FixIt("delete it", range: range, replacement: ""))
  }
}
