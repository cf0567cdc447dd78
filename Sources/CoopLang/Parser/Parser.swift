/// A hand-written recursive-descent parser for scripts and schemas, following Grammar/coop.ebnf.
///
/// It recovers from errors: after reporting one, it stays quiet until it resynchronises at the
/// next clause, item or declaration, so one file yields many independent diagnostics and no
/// cascades. Nesting deeper than `maxDepth` is a diagnostic, never a stack overflow.
public struct Parser {
  /// The deepest expression nesting accepted.
  public static let maxDepth = 128

  var tokens: [Token]
  var position = 0
  var diagnostics = DiagnosticBag()
  /// The productions entered so far, when tracing.
  var trace: Set<Production>?
  var depth = 0
  /// Set after an error; cleared at the next synchronisation point.
  var panicking = false
  var reportedDepth = false

  init(tokens: [Token], tracing: Bool) {
    self.tokens = tokens
    self.trace = tracing ? [] : nil
  }

  // MARK: cursor

  var current: Token { tokens[position] }

  func peek(_ ahead: Int = 1) -> Token {
    tokens[min(position + ahead, tokens.count - 1)]
  }

  var atEnd: Bool { current.kind == .endOfFile }

  /// The end of the previous token: where a missing token would have been.
  var previousEnd: SourceLocation {
    position > 0 ? tokens[position - 1].range.end : current.range.start
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  func at(_ kind: TokenKind) -> Bool { current.kind == kind }

  func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

  func atWord(_ word: ContextualKeyword) -> Bool { current.isWord(word) }

  mutating func accept(_ kind: TokenKind) -> Token? {
    at(kind) ? advance() : nil
  }

  mutating func accept(_ keyword: Keyword) -> Token? {
    at(keyword) ? advance() : nil
  }

  mutating func acceptWord(_ word: ContextualKeyword) -> Token? {
    atWord(word) ? advance() : nil
  }

  // MARK: tracing

  mutating func enter(_ production: Production) {
    trace?.insert(production)
  }

  // MARK: errors

  /// Reports a diagnostic unless the parser is already recovering from one.
  mutating func error(
    _ code: DiagnosticCode, at range: SourceRange, _ message: String,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
  ) {
    guard !panicking else { return }
    panicking = true
    diagnostics.report(Diagnostic(code, at: range, message, notes: notes, fixIt: fixIt))
  }

  /// Reports "expected X, found Y" at the current token.
  mutating func expected(_ what: String, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
    error(
      .unexpectedToken, at: gapOrCurrent, "expected \(what), found \(current.display)",
      notes: notes, fixIt: fixIt)
  }

  /// Where a missing token is reported: the current token if it is on the same line as the
  /// previous one, otherwise just after the previous token (so the caret is where text is missing).
  var gapOrCurrent: SourceRange {
    guard position > 0, tokens[position - 1].range.end.line < current.range.start.line else {
      return current.range
    }
    return SourceRange(at: previousEnd)
  }

  /// Consumes a token of `kind` or reports that `what` was expected.
  @discardableResult
  mutating func expect(_ kind: TokenKind, _ what: String) -> Token? {
    if let token = accept(kind) { return token }
    expected(what)
    return nil
  }

  /// Consumes keyword `keyword` or reports it missing, with a fix-it inserting it.
  @discardableResult
  mutating func expect(_ keyword: Keyword) -> Token? {
    if let token = accept(keyword) { return token }
    let insertAt = SourceRange(at: previousEnd)
    expected(
      "'\(keyword.rawValue)'",
      fixIt: FixIt("insert '\(keyword.rawValue)'", range: insertAt, replacement: " \(keyword.rawValue)"))
    return nil
  }

  /// Consumes contextual keyword `word` or reports it missing.
  @discardableResult
  mutating func expectWord(_ word: ContextualKeyword) -> Token? {
    if let token = acceptWord(word) { return token }
    expected("'\(word.rawValue)'")
    return nil
  }
}
