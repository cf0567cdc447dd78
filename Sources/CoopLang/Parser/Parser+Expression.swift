extension Parser {
  /// `expression`. Nesting past `maxDepth` is reported once and the rest of the nest skipped.
  mutating func parseExpression() -> Expr {
    enter(.expression)
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maxDepth else { return tooDeep() }
    return parseOr()
  }

  private mutating func tooDeep() -> Expr {
    let start = current.range.start
    if !reportedDepth {
      reportedDepth = true
      panicking = false
      error(
        .nestingTooDeep, at: current.range,
        "expression nested more than \(Parser.maxDepth) levels deep")
    }
    // Skip the rest of this nest: up to the matching closer or the next clause.
    var open = 0
    while !atEnd, ScriptClause(token: current) == nil {
      switch current.kind {
      case .leftParen, .leftBracket: open += 1
      case .rightParen, .rightBracket:
        if open == 0 { return Expr(.error, SourceRange(start, previousEnd)) }
        open -= 1
      default: break
      }
      advance()
    }
    return Expr(.error, SourceRange(start, previousEnd))
  }

  private mutating func parseOr() -> Expr {
    enter(.or_expr)
    var left = parseAnd()
    while accept(.or) != nil {
      let right = parseAnd()
      left = Expr(.binary(.or, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseAnd() -> Expr {
    enter(.and_expr)
    var left = parseNot()
    while accept(.and) != nil {
      let right = parseNot()
      left = Expr(.binary(.and, left, right), left.range.union(right.range))
    }
    return left
  }

  private mutating func parseNot() -> Expr {
    enter(.not_expr)
    guard let keyword = accept(.not) else { return parseComparison() }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maxDepth else { return tooDeep() }
    let operand = parseNot()
    return Expr(.unary(.not, operand), keyword.range.union(operand.range))
  }

  private mutating func parseComparison() -> Expr {
    enter(.comparison)
    let left = parseAdditive()
    guard let op = comparisonOperator() else { return left }
    let opToken = advance()
    let right = parseAdditive()
    let result = Expr(.binary(op, left, right), left.range.union(right.range))
    if comparisonOperator() != nil {
      error(
        .chainedComparison, at: current.range,
        "comparisons cannot be chained",
        notes: [
          DiagnosticNote("write 'a \(opToken.text) b and b \(current.text) c' instead")
        ])
      advance()
      _ = parseAdditive()
    }
    return result
  }

  private mutating func comparisonOperator() -> BinaryOperator? {
    let op: BinaryOperator? =
      switch current.kind {
      case .equalEqual: .equal
      case .notEqual: .notEqual
      case .less: .less
      case .lessEqual: .lessEqual
      case .greater: .greater
      case .greaterEqual: .greaterEqual
      default: nil
      }
    if op != nil { enter(.compare_op) }
    return op
  }

  private mutating func parseAdditive() -> Expr {
    enter(.additive)
    var left = parseMultiplicative()
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .plus: op = .add
      case .minus: op = .subtract
      default: return left
      }
      advance()
      let right = parseMultiplicative()
      left = Expr(.binary(op, left, right), left.range.union(right.range))
    }
  }

  private mutating func parseMultiplicative() -> Expr {
    enter(.multiplicative)
    var left = parseUnary()
    while true {
      let op: BinaryOperator
      switch current.kind {
      case .star: op = .multiply
      case .slash: op = .divide
      case .percent: op = .remainder
      default: return left
      }
      advance()
      let right = parseUnary()
      left = Expr(.binary(op, left, right), left.range.union(right.range))
    }
  }

  private mutating func parseUnary() -> Expr {
    enter(.unary)
    guard let minus = accept(.minus) else { return parsePostfix() }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.maxDepth else { return tooDeep() }
    let operand = parseUnary()
    return Expr(.unary(.negate, operand), minus.range.union(operand.range))
  }
}
