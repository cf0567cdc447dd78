extension Parser {
  /// `postfix`: a primary followed by `.name`, `[index]` and `(arguments)`.
  mutating func parsePostfix() -> Expr {
    enter(.postfix)
    var expr = parsePrimary()
    while true {
      switch current.kind {
      case .dot:
        enter(.member_suffix)
        advance()
        guard let member = expectIdentifier("a member name after '.'") else { return expr }
        expr = Expr(.member(expr, member), expr.range.union(member.range))
      case .leftBracket:
        enter(.index_suffix)
        let open = advance()
        let index = parseExpression()
        guard closeDelimiter(.rightBracket, "]", opened: open) else { return expr }
        expr = Expr(.index(expr, index), expr.range.union(SourceRange(at: previousEnd)))
      case .leftParen:
        enter(.call_suffix)
        let open = advance()
        guard let args = parseList(closer: .rightParen, "(", opened: open) else { return expr }
        expr = Expr(.call(expr, args), expr.range.union(SourceRange(at: previousEnd)))
      default:
        return expr
      }
    }
  }

  /// `primary`: literals, names, parentheses and list literals.
  mutating func parsePrimary() -> Expr {
    enter(.primary)
    let token = current
    switch token.kind {
    case .number:
      advance()
      enter(.number)
      if token.unit != nil {
        enter(.quantity)
        enter(.unit)
      }
      return Expr(.number(NumberLiteral(digits: token.text, unit: token.unit)), token.range)
    case .string:
      advance()
      enter(.string)
      return Expr(.string(token.text), token.range)
    case .time:
      advance()
      enter(.time_literal)
      return Expr(.time(minutes: Parser.minutes(of: token.text), text: token.text), token.range)
    case .keyword(.true), .keyword(.false):
      advance()
      enter(.boolean)
      return Expr(.bool(token.kind == .keyword(.true)), token.range)
    case .identifier:
      advance()
      enter(.identifier)
      return Expr(.name(Identifier(token.text, token.range)), token.range)
    case .leftParen:
      enter(.paren_expr)
      let open = advance()
      let inner = parseExpression()
      guard closeDelimiter(.rightParen, ")", opened: open) else { return inner }
      return Expr(inner.kind, SourceRange(open.range.start, previousEnd))
    case .leftBracket:
      enter(.list_literal)
      let open = advance()
      let items = parseList(closer: .rightBracket, "[", opened: open) ?? []
      return Expr(.list(items), SourceRange(open.range.start, previousEnd))
    case .invalid:
      advance()
      return Expr(.error, token.range)
    default:
      let range = gapOrCurrent
      error(.expectedExpression, at: range, "expected an expression, found \(token.display)")
      return Expr(.error, SourceRange(at: range.start))
    }
  }

  /// Comma-separated expressions up to `closer`; nil (after a diagnostic) when it is missing.
  private mutating func parseList(closer: TokenKind, _ opener: String, opened: Token) -> [Expr]? {
    var items: [Expr] = []
    if accept(closer) != nil { return items }
    repeat {
      items.append(parseExpression())
    } while accept(.comma) != nil
    return closeDelimiter(closer, opener == "(" ? ")" : "]", opened: opened) ? items : nil
  }

  /// Consumes `closer`, or reports the unclosed opener.
  mutating func closeDelimiter(_ closer: TokenKind, _ text: String, opened: Token) -> Bool {
    if accept(closer) != nil { return true }
    error(
      .unclosedDelimiter, at: opened.range,
      "unclosed '\(opened.text)': expected '\(text)' before \(current.display)",
      notes: [DiagnosticNote("\(current.display) is here", at: current.range)],
      fixIt: FixIt("insert '\(text)'", range: SourceRange(at: previousEnd), replacement: text))
    return false
  }

  /// Minutes since midnight of a canonical `HH:MM`.
  static func minutes(of time: String) -> Int {
    let parts = time.split(separator: ":")
    guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return 0 }
    return h * 60 + m
  }
}
