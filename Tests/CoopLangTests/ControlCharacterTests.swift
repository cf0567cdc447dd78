import CoopLang
import Testing

@Suite("Control and bidi characters in sources")
struct ControlCharacterTests {
  private static let script = TestScript.filtering("e.days_on_site >= 3 # note")

  private func diagnostics(_ text: String) -> [Diagnostic] {
    Checker.check(SourceText(path: "x.coop", text: text), registry: CheckerTests.registry).diagnostics.sorted
  }

  /// `script` with `inserted` put just after the first occurrence of `anchor`.
  private func script(inserting inserted: String, after anchor: String) -> String {
    Self.script.replacingOccurrences(of: anchor, with: anchor + inserted)
  }

  @Test(
    "each refused character is reported once, in code, a string or a comment, with its position",
    arguments: ["\u{0}", "\u{7}", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
                "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"])
  func refused(_ character: String) throws {
    let scalar = try #require(character.unicodeScalars.first)
    let code = VisibleText.codePoint(scalar)
    // Between two tokens of line 9, inside the title on line 2, inside the comment of line 9.
    for (anchor, line, column) in [("where e.days_on_site ", 9, 22), ("title \"", 2, 10), ("# no", 9, 31)] {
      let found = diagnostics(script(inserting: character, after: anchor))
      #expect(found.map(\.code) == [.controlCharacter], "\(code) after \(anchor): \(found.map(\.message))")
      let d = try #require(found.first)
      #expect(d.range.start.line == line && d.range.start.column == column, "\(code) after \(anchor)")
      #expect(d.range.end.offset - d.range.start.offset == character.utf8.count)
      #expect(d.message.contains(code), "\(d.message)")
      #expect(d.fixIt?.replacement == "")
    }
  }

  @Test("bidi characters are named; a lone CR says CRLF is the only use of CR")
  func messages() throws {
    let bidi = try #require(diagnostics(script(inserting: "\u{202E}", after: "# no")).first)
    #expect(bidi.message == "bidirectional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed in a source")
    let cr = try #require(diagnostics(script(inserting: "\r", after: "where e.days_on_site ")).first)
    #expect(cr.message == "carriage return U+000D without a newline after it is not allowed in a source")
    #expect(cr.notes.first?.message == "a carriage return is allowed only in a CRLF line end")
  }

  @Test("CRLF line ends, tabs and other Unicode are accepted; a lone CR is not, even at the end")
  func lineEnds() {
    let crlf = Self.script.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(diagnostics(crlf).isEmpty)
    #expect(diagnostics(Self.script.replacingOccurrences(of: "  ", with: "\t")).isEmpty)
    #expect(diagnostics(script(inserting: "é ☕ \u{200D}\u{A0}", after: "# no")).isEmpty)
    #expect(diagnostics(Self.script.replacingOccurrences(of: "\n", with: "\r")).map(\.code).first == .controlCharacter)
    #expect(diagnostics(Self.script + "\r").map(\.code) == [.controlCharacter])
    let crlfTokens = Lexer.lex(Array(crlf.utf8)).tokens.map(\.text)
    #expect(crlfTokens == Lexer.lex(Array(Self.script.utf8)).tokens.map(\.text))
  }

  @Test("schemas refuse them too")
  func schema() {
    let text = """
      schema s version 1
      unit employee
      enum E { a, b }
      zones Z {
        1 "No\u{202E}rth" at -20.90, 55.45 weight 1
      }
      table t rows per employee 1 {
        id: id key
        z: Z
      }

      """
    let found = diagnostics(text)
    #expect(found.map(\.code) == [.controlCharacter])
    #expect(found.first?.range.start.line == 5 && found.first?.range.start.column == 8)
  }

  @Test("the source line is echoed with escapes and the carets stay under what they mark")
  func rendering() {
    let text = script(inserting: "\u{7}", after: "privacy\n  ").replacingOccurrences(of: "unit", with: "unti")
    let rendered = DiagnosticRenderer(colors: false).render(diagnostics(text), in: SourceText(path: "x\u{1B}.coop", text: text))
    #expect(!rendered.contains("\u{7}") && !rendered.contains("\u{1B}"))
    #expect(rendered.contains("x\\u{1B}.coop:5:3: error[E0010]: control character U+0007 is not allowed in a source"))
    #expect(rendered.contains("5 |   \\u{7}unti employee\n  |   ^~~~~ it can make"))
    #expect(rendered.contains("5 |   \\u{7}unti employee\n  |        ^~~~"))
  }
}
