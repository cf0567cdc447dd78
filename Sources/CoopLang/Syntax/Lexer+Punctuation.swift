extension Lexer {
  /// Operators and delimiters; anything else is an unexpected character.
  mutating func lexPunctuation() {
    let start = location
    let b = bytes[index]
    let next = peek(1)
    if let (kind, text) = Lexer.operatorToken(b, next) {
      index += text.utf8.count
      emit(kind, from: start, text: text)
      return
    }
    switch (b, next) {
    case (UInt8(ascii: "&"), UInt8(ascii: "&")): misspelledOperator(start, "&&", "and")
    case (UInt8(ascii: "|"), UInt8(ascii: "|")): misspelledOperator(start, "||", "or")
    case (UInt8(ascii: "!"), _): misspelledOperator(start, "!", "not")
    default: unexpectedCharacter(start)
    }
  }

  /// The operator or delimiter starting with `b` (then `next`), if there is one.
  private static func operatorToken(_ b: UInt8, _ next: UInt8?) -> (TokenKind, String)? {
    switch (b, next) {
    case (UInt8(ascii: "="), UInt8(ascii: "=")): (.equalEqual, "==")
    case (UInt8(ascii: "!"), UInt8(ascii: "=")): (.notEqual, "!=")
    case (UInt8(ascii: "<"), UInt8(ascii: "=")): (.lessEqual, "<=")
    case (UInt8(ascii: ">"), UInt8(ascii: "=")): (.greaterEqual, ">=")
    case (UInt8(ascii: "."), UInt8(ascii: ".")): (.dotDot, "..")
    case (UInt8(ascii: "="), _): (.assign, "=")
    case (UInt8(ascii: "<"), _): (.less, "<")
    case (UInt8(ascii: ">"), _): (.greater, ">")
    case (UInt8(ascii: "."), _): (.dot, ".")
    case (UInt8(ascii: ":"), _): (.colon, ":")
    case (UInt8(ascii: ","), _): (.comma, ",")
    case (UInt8(ascii: "("), _): (.leftParen, "(")
    case (UInt8(ascii: ")"), _): (.rightParen, ")")
    case (UInt8(ascii: "["), _): (.leftBracket, "[")
    case (UInt8(ascii: "]"), _): (.rightBracket, "]")
    case (UInt8(ascii: "{"), _): (.leftBrace, "{")
    case (UInt8(ascii: "}"), _): (.rightBrace, "}")
    case (UInt8(ascii: "+"), _): (.plus, "+")
    case (UInt8(ascii: "-"), _): (.minus, "-")
    case (UInt8(ascii: "*"), _): (.star, "*")
    case (UInt8(ascii: "/"), _): (.slash, "/")
    case (UInt8(ascii: "%"), _): (.percent, "%")
    default: nil
    }
  }

  /// `&&`, `||`, `!`: reported with the keyword to use instead, then read as that keyword.
  private mutating func misspelledOperator(_ start: SourceLocation, _ text: String, _ word: String)
  {
    index += text.utf8.count
    let range = SourceRange(start, location)
    report(
      .unexpectedCharacter, range, "'\(text)' is not an operator in Coop; did you mean '\(word)'?",
      fixIt: FixIt("replace with '\(word)'", range: range, replacement: word))
    if let keyword = Keyword(rawValue: word) {
      tokens.append(Token(.keyword(keyword), range, word))
    }
  }

  /// Skips one UTF-8 scalar (or one invalid byte) and reports it.
  private mutating func unexpectedCharacter(_ start: SourceLocation) {
    let length = scalarLength(at: index)
    let slice = bytes[index..<min(bytes.count, index + max(length, 1))]
    index += max(length, 1)
    let range = SourceRange(start, location)
    if length == 0 {
      report(.invalidUTF8, range, "invalid UTF-8 byte 0x\(String(bytes[start.offset], radix: 16))")
    } else {
      let text = String(decoding: slice, as: UTF8.self)
      let shown = text.unicodeScalars.first.map { $0.isASCII && $0.value >= 32 ? text : "U+\(String($0.value, radix: 16, uppercase: true))" } ?? text
      report(.unexpectedCharacter, range, "unexpected character '\(shown)'")
    }
    tokens.append(Token(.invalid, range, ""))
  }

  /// The length of the valid UTF-8 scalar starting at `i`, or 0 if the bytes there are invalid.
  func scalarLength(at i: Int) -> Int {
    let lead = bytes[i]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard i + length <= bytes.count else { return 0 }
    return String(validating: bytes[i..<i + length], as: UTF8.self) == nil ? 0 : length
  }
}
