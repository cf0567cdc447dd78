extension Checker {
  mutating func binary(
    _ op: BinaryOperator, _ left: Expr, _ right: Expr, _ scope: ExpressionScope, whole: Expr
  ) -> TypedExpr {
    let a = typeOf(left, scope)
    let b = typeOf(right, scope)
    guard a.type != .invalid, b.type != .invalid else { return .invalid }
    switch op {
    case .and, .or:
      expect(a, .bool, at: left)
      expect(b, .bool, at: right)
      return .binary(op, a, b, .bool)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      for (typed, expr) in [(a, left), (b, right)] {
        if case .row(let table) = typed.type {
          reportRowCompared(op, table, expr)
          return .invalid
        }
        if case .list = typed.type {
          report(
            .typeMismatch, expr.range, "'\(op.rawValue)' compares single values, not lists",
            notes: [DiagnosticNote("compare elements instead, e.g. 'xs[0] == xs[1]'")])
          return .invalid
        }
      }
      guard let (x, y) = unify(a, b, left, right) else { return .invalid }
      if op != .equal, op != .notEqual, !(x.type.isNumeric || x.type == .time) {
        report(.typeMismatch, whole.range, "'\(op.rawValue)' compares numbers, quantities or times, not \(x.type) values")
        return .invalid
      }
      return .binary(op, x, y, .bool)
    case .add, .subtract:
      guard let (x, y) = unify(a, b, left, right) else { return .invalid }
      if x.type == .time, op == .subtract { return .binary(op, x, y, .duration) }
      guard x.type.isNumeric else {
        report(.typeMismatch, whole.range, "'\(op.rawValue)' needs numbers or quantities, found \(x.type)")
        return .invalid
      }
      return .binary(op, x, y, ValueType.plainResult(x.type, y.type))
    case .multiply, .divide, .remainder:
      return arithmetic(op, a, b, left, right, whole: whole)
    }
  }

  /// Rows are not values: a comparison reads one of their columns.
  private mutating func reportRowCompared(_ op: BinaryOperator, _ table: String, _ e: Expr) {
    let text = ExpressionPrinter.print(e)
    let columns = schema?.table(table)?.columns ?? []
    let example = columns.first { c in
      switch c.type {
      case .enumeration, .zone: true
      default: false
      }
    } ?? columns.first { $0.type != .id && !$0.isKey } ?? columns.first
    report(
      .rowsCompared, e.range, "'\(text)' is a row of \(table): rows are not values and cannot be compared with '\(op.rawValue)'",
      notes: [DiagnosticNote(example.map { "compare one of its columns, such as '\(text).\($0.name)'" } ?? "compare one of its columns")])
  }

  private mutating func arithmetic(
    _ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr, _ left: Expr, _ right: Expr, whole: Expr
  ) -> TypedExpr {
    let plain: Set<ValueType> = [.int, .decimal]
    if op == .remainder {
      expect(a, .int, at: left)
      expect(b, .int, at: right)
      return .binary(op, a, b, .int)
    }
    switch (plain.contains(a.type), plain.contains(b.type)) {
    case (true, true):
      let t: ValueType = a.type == .int && b.type == .int && op == .multiply ? .int : .decimal
      return .binary(op, a, b, t)
    case (false, true) where a.type.isNumeric:
      return .binary(op, a, b, a.type)
    case (true, false) where b.type.isNumeric && op == .multiply:
      return .binary(op, a, b, b.type)
    case (false, false) where a.type == b.type && a.type.isNumeric && op == .divide:
      return .binary(op, a, b, .decimal)
    default:
      report(
        .typeMismatch, whole.range, "cannot apply '\(op.rawValue)' to \(a.type) and \(b.type)",
        notes: [DiagnosticNote("have: \(a.type) \(op.rawValue) \(b.type)")])
      return .invalid
    }
  }

  /// Brings two operands to one type: plain literals meet quantities (reported as a missing
  /// unit), ints widen to decimals, integer literals meet zone codes.
  mutating func unify(_ a: TypedExpr, _ b: TypedExpr, _ left: Expr, _ right: Expr) -> (TypedExpr, TypedExpr)? {
    if a.type == b.type { return (a, b) }
    let numbers: Set<ValueType> = [.int, .decimal]
    if numbers.contains(a.type), numbers.contains(b.type) { return (a, b) }
    if let converted = zoneLiteral(b, against: a.type, at: right) { return (a, converted) }
    if let converted = zoneLiteral(a, against: b.type, at: left) { return (converted, b) }
    for (literal, other, expr) in [(b, a, right), (a, b, left)] {
      if case .number = literal, numbers.contains(literal.type), let dimension = other.type.dimension {
        report(LiteralValue.diagnostic(.missingUnit(dimension), at: expr, expected: other.type))
        return nil
      }
    }
    report(
      .typeMismatch, left.range.union(right.range), "cannot compare or combine \(a.type) with \(b.type)",
      notes: [DiagnosticNote("have: \(a.type) and \(b.type)"), DiagnosticNote("want: two values of the same type")])
    return nil
  }

  /// An integer literal used as a zone code of `type`'s domain.
  private mutating func zoneLiteral(_ t: TypedExpr, against type: ValueType, at e: Expr) -> TypedExpr? {
    guard case .zone(let domain) = type, case .number(let v, .int) = t, let code = v.rescaled(to: 0)?.units
    else { return nil }
    guard let zones = schema?.zoneDomains[domain], zones.zones.contains(where: { $0.code == code }) else {
      report(.unknownName, e.range, "\(code) is not a zone of \(domain)")
      return .invalid
    }
    return .zone(domain, code)
  }
}
