/// The kind of a token.
public enum TokenKind: Hashable, Sendable {
  case identifier
  case keyword(Keyword)
  /// An integer or decimal, possibly followed by a unit on the same line.
  case number
  case string
  /// `HH:MM`.
  case time
  case colon, comma, dot, dotDot, leftParen, rightParen, leftBracket, rightBracket
  case leftBrace, rightBrace, less, lessEqual, greater, greaterEqual, equalEqual, notEqual
  case assign, plus, minus, star, slash, percent
  /// A byte sequence the lexer could not make sense of (already diagnosed).
  case invalid
  case endOfFile
}

/// One token: its kind, its source range and, where it has one, its value.
public struct Token: Hashable, Sendable {
  /// What the token is.
  public var kind: TokenKind
  /// Where it is, including a number's unit.
  public var range: SourceRange
  /// Identifier name, keyword spelling, number digits, decoded string, or `HH:MM`.
  public var text: String
  /// The unit after a number, if any.
  public var unit: Unit?

  /// A token of `kind` at `range` with `text`.
  public init(_ kind: TokenKind, _ range: SourceRange, _ text: String, unit: Unit? = nil) {
    self.kind = kind
    self.range = range
    self.text = text
    self.unit = unit
  }

  /// How the token reads in a message: `'release'`, `identifier 'foo'`, `end of file`.
  public var display: String {
    switch kind {
    case .identifier: "identifier '\(text)'"
    case .keyword(let k): "keyword '\(k.rawValue)'"
    case .number: "number '\(text)\(unit.map { " " + $0.rawValue } ?? "")'"
    case .string: "string"
    case .time: "time '\(text)'"
    case .endOfFile: "end of file"
    case .invalid: "invalid input"
    default: "'\(text)'"
    }
  }

  /// True when the token is identifier `word` (a contextual keyword in that position).
  public func isWord(_ word: ContextualKeyword) -> Bool {
    kind == .identifier && text == word.rawValue
  }
}

/// A `#` comment, kept aside for the formatter.
public struct Comment: Hashable, Sendable {
  /// The comment's text including `#`, without the newline.
  public var text: String
  /// Where it is.
  public var range: SourceRange
  /// True when only whitespace precedes it on its line.
  public var ownLine: Bool
}
