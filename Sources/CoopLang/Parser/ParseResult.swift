/// What parsing a file produced: its syntax tree (always, even with errors), the comments, and
/// the lexical and syntactic diagnostics.
public struct ParseResult: Sendable {
  /// The source that was parsed.
  public var source: SourceText
  /// The tree; parts that failed to parse are missing or `.error` nodes.
  public var syntax: SourceFileSyntax
  /// The comments, for the formatter.
  public var comments: [Comment]
  /// Lexical and syntactic diagnostics, capped.
  public var diagnostics: DiagnosticBag
  /// The productions the parser entered, when parsed with `tracing: true`.
  public var productions: Set<Production>

  /// The script, if the file is one.
  public var script: Script? {
    if case .script(let s) = syntax { return s }
    return nil
  }

  /// The schema, if the file is one.
  public var schema: Schema? {
    if case .schema(let s) = syntax { return s }
    return nil
  }
}

extension Parser {
  /// Lexes and parses `source`. With `tracing`, records the grammar productions entered.
  public static func parse(_ source: SourceText, tracing: Bool = false) -> ParseResult {
    let lexed = Lexer.lex(source.bytes)
    if lexed.diagnostics.diagnostics.contains(where: { $0.code == .sourceTooLarge }) {
      let empty = SourceRange(at: .start)
      let script = Script(
        header: AlgorithmHeader(name: Identifier("", empty), range: empty), range: empty)
      return ParseResult(
        source: source, syntax: .script(script), comments: [], diagnostics: lexed.diagnostics,
        productions: [])
    }
    var parser = Parser(tokens: lexed.tokens, tracing: tracing)
    let syntax = parser.parseSourceFile()
    var diagnostics = lexed.diagnostics
    diagnostics.merge(parser.diagnostics)
    var productions = parser.trace ?? []
    if tracing { productions.formUnion(lexicalProductions(lexed, source: source)) }
    return ParseResult(
      source: source, syntax: syntax, comments: lexed.comments, diagnostics: diagnostics,
      productions: productions)
  }

  /// The lexical productions of the grammar that the tokens and comments exercise.
  private static func lexicalProductions(_ lexed: Lexer.Output, source: SourceText) -> Set<Production> {
    var out: Set<Production> = []
    if !lexed.comments.isEmpty { out.insert(.comment) }
    for token in lexed.tokens {
      switch token.kind {
      case .identifier, .keyword: out.formUnion([.letter])
      case .number, .time: out.insert(.digit)
      case .string:
        if token.range.end.offset - token.range.start.offset > 2 { out.insert(.string_char) }
        if source.text(in: token.range).contains("\\") { out.insert(.escape) }
      default: break
      }
    }
    return out
  }
}
