import CoopLang
import Testing

@Suite("Visible text")
struct VisibleTextTests {
  @Test("controls, DEL, C1 and bidi characters become \\u{…} escapes")
  func escapes() {
    #expect(VisibleText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
    #expect(VisibleText.escaped("\u{0}\u{7F}\u{85}\u{9B}") == "\\u{0}\\u{7F}\\u{85}\\u{9B}")
    #expect(VisibleText.escaped("x\u{202E}y\u{2066}z\u{2069}") == "x\\u{202E}y\\u{2066}z\\u{2069}")
    #expect(VisibleText.escaped("\u{200E}\u{200F}\u{061C}\u{202A}\u{202D}\u{2067}\u{2068}")
      == "\\u{200E}\\u{200F}\\u{61C}\\u{202A}\\u{202D}\\u{2067}\\u{2068}")
    #expect(VisibleText.escaped("line\r") == "line\\u{D}")
  }

  @Test("newlines and tabs are escaped in one field, kept in multi-line text; CR never kept")
  func lineBreaks() {
    #expect(VisibleText.escaped("a\nb\tc") == "a\\u{A}b\\u{9}c")
    #expect(VisibleText.escaped("a\nb\tc", multiline: true) == "a\nb\tc")
    #expect(VisibleText.escaped("a\r\nb\u{1B}", multiline: true) == "a\\u{D}\nb\\u{1B}")
  }

  @Test("printable text is untouched, whatever its script or symbols")
  func printable() {
    let text = "Saint-Denis, L'Étang-Salé ☕ 日本 \u{200D} \u{00A0} \\u{202E} \"q\""
    #expect(VisibleText.escaped(text) == text)
    #expect(VisibleText.escaped("") == "")
  }

  @Test("the set is exactly the C0 and C1 controls, DEL and the bidi formatting characters")
  func set() {
    let controls = Array(0...0x1F) + Array(0x7F...0x9F)
    let bidi = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
    let expected = Set(controls + bidi)
    let refused = (0...0x2FFF).filter { Unicode.Scalar($0).map(VisibleText.isControl) ?? false }
    #expect(Set(refused) == expected)
  }

  @Test("code points are written U+XXXX, at least four digits")
  func codePoints() {
    #expect(VisibleText.codePoint("\u{1B}") == "U+001B")
    #expect(VisibleText.codePoint("\u{202E}") == "U+202E")
    #expect(VisibleText.codePoint("\u{1F600}") == "U+1F600")
  }

  @Test("the review sheet escapes control and bidi characters and newlines of every field")
  func reviewSheet() throws {
    let text = TestScript.filtering("e.telework_eligible", title: "Two\\nlines")
    var script = try #require(Checker.check(SourceText(path: "x.coop", text: text), registry: CheckerTests.registry).script)
    script.description = "ab\u{202E}cd\u{1B}[2J"
    for format in ReviewSheet.Format.allCases {
      let sheet = ReviewSheet(script).render(format)
      #expect(sheet.contains("Two\\u{A}lines"))
      #expect(sheet.contains("ab\\u{202E}cd\\u{1B}[2J"))
      #expect(!sheet.unicodeScalars.contains { VisibleText.isControl($0) && $0 != "\n" })
    }
  }
}
