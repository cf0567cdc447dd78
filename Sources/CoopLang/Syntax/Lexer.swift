/// Turns UTF-8 bytes into tokens, reporting lexical errors and collecting comments.
///
/// Identifiers, keywords and operators are ASCII; strings and comments may hold any UTF-8.
public struct Lexer {
  /// Sources larger than this (1 MiB) are refused before lexing.
  public static let maxSourceBytes = 1 << 20

  let bytes: [UInt8]
  var index = 0
  var line = 1
  var lineStart = 0
  var tokens: [Token] = []
  var comments: [Comment] = []
  var diagnostics: DiagnosticBag

  /// What lexing produced.
  public struct Output: Sendable {
    /// The tokens, ending with `.endOfFile`.
    public var tokens: [Token]
    /// The comments, in order.
    public var comments: [Comment]
    /// Lexical diagnostics.
    public var diagnostics: DiagnosticBag
  }

  /// Lexes `bytes`.
  public static func lex(_ bytes: [UInt8]) -> Output {
    var lexer = Lexer(bytes: bytes, diagnostics: DiagnosticBag())
    lexer.run()
    return Output(tokens: lexer.tokens, comments: lexer.comments, diagnostics: lexer.diagnostics)
  }

  private mutating func run() {
    guard bytes.count <= Lexer.maxSourceBytes else {
      report(
        .sourceTooLarge, SourceRange(at: .start),
        "source is \(bytes.count) bytes; the limit is \(Lexer.maxSourceBytes) bytes (1 MiB)")
      tokens.append(Token(.endOfFile, SourceRange(at: .start), ""))
      return
    }
    tokens.reserveCapacity(bytes.count / 4 + 16)
    reportControlCharacters()
    while true {
      skipWhitespaceAndComments()
      guard index < bytes.count else { break }
      lexToken()
    }
    let end = location
    tokens.append(Token(.endOfFile, SourceRange(end, end), ""))
  }

  // MARK: positions

  var location: SourceLocation {
    SourceLocation(line: line, column: index - lineStart + 1, offset: index)
  }

  func peek(_ ahead: Int = 0) -> UInt8? {
    let i = index + ahead
    return i < bytes.count ? bytes[i] : nil
  }

  mutating func advance() {
    if bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    index += 1
  }

  mutating func report(
    _ code: DiagnosticCode, _ range: SourceRange, _ message: String,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
  ) {
    diagnostics.report(Diagnostic(code, at: range, message, notes: notes, fixIt: fixIt))
  }

  mutating func emit(_ kind: TokenKind, from start: SourceLocation, text: String, unit: Unit? = nil) {
    tokens.append(Token(kind, SourceRange(start, location), text, unit: unit))
  }

  // MARK: trivia

  private mutating func skipWhitespaceAndComments() {
    while let b = peek() {
      switch b {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
        advance()
      case UInt8(ascii: "#"):
        lexComment()
      default:
        // Already reported by `reportControlCharacters`; skipped like a space.
        guard refusedScalar(at: index) != nil else { return }
        index += max(1, scalarLength(at: index))
      }
    }
  }

  private mutating func lexComment() {
    let start = location
    let ownLine = bytes[lineStart..<index].allSatisfy {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
    }
    while let b = peek(), b != UInt8(ascii: "\n") { index += 1 }
    var end = index
    if end > start.offset, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let raw = bytes[start.offset..<end]
    let range = SourceRange(start, location)
    if let text = String(validating: raw, as: UTF8.self) {
      comments.append(Comment(text: text, range: range, ownLine: ownLine))
    } else {
      report(.invalidUTF8, range, "comment is not valid UTF-8")
      comments.append(
        Comment(text: String(decoding: raw, as: UTF8.self), range: range, ownLine: ownLine))
    }
  }

  // MARK: tokens

  private mutating func lexToken() {
    let b = bytes[index]
    if isIdentifierStart(b) {
      lexWord()
    } else if isDigit(b) {
      lexNumberOrTime()
    } else if b == UInt8(ascii: "\"") {
      lexString()
    } else {
      lexPunctuation()
    }
  }

  private mutating func lexWord() {
    let start = location
    while let b = peek(), isIdentifierContinue(b) { index += 1 }
    let text = String(decoding: bytes[start.offset..<index], as: UTF8.self)
    if let keyword = Keyword.bySpelling[text] {
      emit(.keyword(keyword), from: start, text: text)
    } else {
      emit(.identifier, from: start, text: text)
    }
  }

  func isIdentifierStart(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
      || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "_")
  }

  func isIdentifierContinue(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

  func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
