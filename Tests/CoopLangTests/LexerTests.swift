import CoopLang
import Testing

@Suite("Lexer")
struct LexerTests {
  private func kinds(_ text: String) -> [TokenKind] {
    Lexer.lex(Array(text.utf8)).tokens.map(\.kind)
  }

  @Test("numbers carry their unit when it is on the same line")
  func units() {
    let tokens = Lexer.lex(Array("30 min 80km 3\nm 0.5".utf8)).tokens
    #expect(tokens.map(\.text) == ["30", "80", "3", "m", "0.5", ""])
    #expect(tokens.map(\.unit) == [.min, .km, nil, nil, nil, nil])
  }

  @Test("ranges are 1-based lines and byte columns")
  func positions() {
    let tokens = Lexer.lex(Array("é = 1\n  \"ça\" x".utf8)).tokens
    // 'é' is two bytes and not an identifier character: reported, then '=' at byte column 4.
    let assign = tokens.first { $0.kind == .assign }
    #expect(assign?.range.start == SourceLocation(line: 1, column: 4, offset: 3))
    let string = tokens.first { $0.kind == .string }
    #expect(string?.text == "ça")
    #expect(string?.range.start.line == 2 && string?.range.start.column == 3)
    let x = tokens.first { $0.text == "x" }
    #expect(x?.range.start.column == 9)
  }

  @Test("keywords, operators, times and ranges")
  func punctuation() {
    #expect(
      kinds("where a.b <= 08:30 and 0..7 != [x]") == [
        .keyword(.where), .identifier, .dot, .identifier, .lessEqual, .time, .keyword(.and),
        .number, .dotDot, .number, .notEqual, .leftBracket, .identifier, .rightBracket, .endOfFile,
      ])
  }

  @Test("string escapes decode; comments are kept aside with their placement")
  func stringsAndComments() {
    let out = Lexer.lex(Array("\"a\\\"b\\\\c\\nd\\te\" # trailing\n  # own line".utf8))
    #expect(out.tokens.first?.text == "a\"b\\c\nd\te")
    #expect(out.comments.map(\.text) == ["# trailing", "# own line"])
    #expect(out.comments.map(\.ownLine) == [false, true])
  }

  @Test("the source size limit is exactly 1 MiB")
  func sizeLimit() {
    let exact = [UInt8](repeating: UInt8(ascii: " "), count: Lexer.maxSourceBytes)
    #expect(Lexer.lex(exact).diagnostics.diagnostics.isEmpty)
    let over = exact + [UInt8(ascii: " ")]
    #expect(Lexer.lex(over).diagnostics.diagnostics.map(\.code) == [.sourceTooLarge])
  }

  @Test("every byte value is survivable")
  func allBytes() {
    let bytes = (0...255).map { UInt8($0) } + (0...255).map { UInt8(255 - $0) }
    let out = Lexer.lex(bytes)
    #expect(out.tokens.last?.kind == .endOfFile)
    #expect(!out.diagnostics.diagnostics.isEmpty)
  }
}
