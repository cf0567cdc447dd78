extension Checker {
  /// Checks a condition: a boolean expression over the row.
  mutating func checkCondition(_ e: Expr, scope: ExpressionScope = .row) -> TypedExpr {
    let typed = typeOf(e, scope)
    expect(typed, .bool, at: e)
    return typed
  }

  /// Reports a type mismatch unless `typed` has type `want` (or is already invalid).
  mutating func expect(_ typed: TypedExpr, _ want: ValueType, at e: Expr) {
    guard typed.type != .invalid, typed.type != want else { return }
    report(
      .typeMismatch, e.range, "expected a \(want), found a \(typed.type)",
      notes: [DiagnosticNote("have: \(typed.type)"), DiagnosticNote("want: \(want)")])
  }

  /// The typed form of `e` in `scope`; `.invalid` (after a diagnostic) when it does not check.
  mutating func typeOf(_ e: Expr, _ scope: ExpressionScope) -> TypedExpr {
    switch e.kind {
    case .number(let n): return numberLiteral(n, at: e)
    case .string(let s): return .string(s)
    case .time(let minutes, _): return .number(ExactDecimal(units: minutes), .time)
    case .bool(let b): return .bool(b)
    case .name(let id): return name(id, scope)
    case .member(let base, let member): return memberAccess(base, member, scope, whole: e)
    case .index(let base, let index): return indexAccess(base, index, scope, whole: e)
    case .call(let callee, let args): return call(callee, args, scope, whole: e)
    case .list(let items):
      let typed = items.map { typeOf($0, scope) }
      let element = typed.first?.type ?? .invalid
      for (item, t) in zip(items, typed) { expect(t, element, at: item) }
      return .list(typed, .list(element, max: items.count))
    case .unary(let op, let operand): return unary(op, operand, scope)
    case .binary(let op, let left, let right): return binary(op, left, right, scope, whole: e)
    case .error: return .invalid
    }
  }

  /// A number literal in base units, if the run time can hold it (`RuntimeNumbers`).
  private mutating func numberLiteral(_ n: NumberLiteral, at e: Expr) -> TypedExpr {
    let type: ValueType = n.unit.map { $0.dimension == .distance ? .distance : .duration } ?? (n.isInteger ? .int : .decimal)
    guard let value = ExactDecimal(n.digits), let base = value.times(n.unit?.baseFactor ?? 1) else {
      report(LiteralValue.diagnostic(.overflow, at: e, expected: type))
      return .invalid
    }
    if let problem = RuntimeNumbers.problem(with: base) {
      report(LiteralValue.diagnostic(.beyondRuntime(problem), at: e, expected: type))
      return .invalid
    }
    return .number(base, type)
  }

  private mutating func name(_ id: Identifier, _ scope: ExpressionScope) -> TypedExpr {
    if case .combine(let keys, let released) = scope {
      if released.contains(id.name) { return .released(id.name) }
      if let type = keys[id.name] { return .key(id.name, type) }
    }
    if scope == .row, id.name == alias, let table { return .column(ColumnPath(joins: [], table: table.name, column: "", type: .row(table.name))) }
    if scope == .row, let key = keysInScope[id.name] { return key }
    if let p = parameters.first(where: { $0.name == id.name }), scope != .parameterInit {
      return .param(p.name, p.type)
    }
    if case .combine = scope, id.name == alias {
      report(
        .combineReadsRows, id.range, "'combine' cannot read rows",
        notes: [DiagnosticNote("combine reads released values, group keys and parameters only")])
      return .invalid
    }
    var candidates = parameters.map(\.name)
    if scope == .row, let alias { candidates.append(alias) }
    if scope == .row { candidates += Array(keysInScope.keys) }
    if case .combine(let keys, let released) = scope { candidates += Array(keys.keys) + Array(released) }
    let guess = Spelling.suggest(id.name, from: candidates)
    report(
      .unknownName, id.range,
      "unknown name '\(id.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
      fixIt: guess.map { FixIt("replace with '\($0)'", range: id.range, replacement: $0) })
    return .invalid
  }

  private mutating func unary(_ op: UnaryOperator, _ operand: Expr, _ scope: ExpressionScope) -> TypedExpr {
    let typed = typeOf(operand, scope)
    switch op {
    case .not:
      expect(typed, .bool, at: operand)
      return .unary(.not, typed, .bool)
    case .negate:
      if case .number(let v, let t) = typed, t.isNumeric, let negated = v.negated { return .number(negated, t) }
      guard typed.type.isNumeric else {
        report(.typeMismatch, operand.range, "cannot negate a \(typed.type)",
               notes: [DiagnosticNote("have: \(typed.type)"), DiagnosticNote("want: a number")])
        return .invalid
      }
      return .unary(.negate, typed, typed.type)
    }
  }
}
