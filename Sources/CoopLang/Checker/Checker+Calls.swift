extension Checker {
  /// A call of a whitelisted function.
  mutating func call(_ callee: Expr, _ args: [Expr], _ scope: ExpressionScope, whole: Expr) -> TypedExpr {
    guard case .name(let id) = callee.kind, let builtin = Builtin(rawValue: id.name) else {
      let name: String
      if case .name(let id) = callee.kind { name = id.name } else { name = ExpressionPrinter.print(callee) }
      let guess = Spelling.suggest(name, from: Builtin.allCases.map(\.rawValue))
      report(
        .notCallable, callee.range,
        "'\(name)' is not a function" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
        notes: [DiagnosticNote("functions: \(Builtin.allCases.map(\.rawValue).joined(separator: ", "))")],
        fixIt: guess.map { FixIt("replace with '\($0)'", range: callee.range, replacement: $0) })
      return .invalid
    }
    guard args.count == builtin.arity else {
      report(
        .wrongArgumentCount, whole.range,
        "'\(builtin.rawValue)' takes \(builtin.arity) argument\(builtin.arity == 1 ? "" : "s"), found \(args.count)",
        notes: [DiagnosticNote("signature: \(builtin.signature)")])
      return .invalid
    }
    if builtin.isAggregate {
      report(
        .aggregateOutsideRelease, whole.range,
        "'\(builtin.rawValue)' aggregates rows: it can only be a released value",
        notes: [DiagnosticNote("write it in 'release', e.g. 'n = count()'")])
      return .invalid
    }
    switch builtin {
    case .clamp: return clampCall(args, scope)
    case .zoneCentroids: return zoneCentroids(args, scope, whole: whole)
    default: break
    }
    let typed = args.map { typeOf($0, scope) }
    guard !typed.contains(where: { $0.type == .invalid }) else { return .invalid }
    switch builtin {
    case .distance:
      expect(typed[0], .point, at: args[0])
      expect(typed[1], .point, at: args[1])
      return .call(.distance, typed, .distance)
    case .point:
      let numbers: Set<ValueType> = [.int, .decimal]
      for (t, a) in zip(typed, args) where !numbers.contains(t.type) {
        report(.typeMismatch, a.range, "a coordinate is a number of degrees, found a \(t.type)")
      }
      return .call(.point, typed, .point)
    case .slot: return slotCall(typed, args)
    case .nearest:
      expect(typed[0], .point, at: args[0])
      guard case .list(.point, let max) = typed[1].type, case .param = typed[1] else {
        report(
          .typeMismatch, args[1].range, "'nearest' picks among a list<point> parameter",
          notes: [DiagnosticNote("have: \(typed[1].type)"), DiagnosticNote("want: a parameter of type list<point> max N")])
        return .invalid
      }
      return .call(.nearest, typed, .index(max: max))
    case .min, .max:
      guard let (a, b) = unify(typed[0], typed[1], args[0], args[1]) else { return .invalid }
      guard a.type.isNumeric || a.type == .time else {
        report(.typeMismatch, whole.range, "'\(builtin.rawValue)' needs numbers, found \(a.type)")
        return .invalid
      }
      return .call(builtin, [a, b], ValueType.plainResult(a.type, b.type))
    case .abs:
      guard typed[0].type.isNumeric else {
        report(.typeMismatch, args[0].range, "'abs' needs a number, found \(typed[0].type)")
        return .invalid
      }
      return .call(.abs, typed, typed[0].type)
    case .round:
      guard typed[0].type == .int || typed[0].type == .decimal else {
        report(.typeMismatch, args[0].range, "'round' needs a plain number, found \(typed[0].type)")
        return .invalid
      }
      return .call(.round, typed, .int)
    default:
      return .invalid
    }
  }

  /// `slot(time, duration)` with a literal duration that divides the day into whole minutes.
  private mutating func slotCall(_ typed: [TypedExpr], _ args: [Expr]) -> TypedExpr {
    expect(typed[0], .time, at: args[0])
    switch LiteralValue.value(of: args[1], as: .duration) {
    case .success(let seconds):
      guard let s = seconds.rescaled(to: 0)?.units, s >= 60, s % 60 == 0, s <= 86_400 else {
        report(.invalidLiteral, args[1].range, "a slot is a whole number of minutes, from 1 min to 24 h")
        return .invalid
      }
      return .call(.slot, [typed[0], .number(seconds, .duration)], .index(max: (1440 + s / 60 - 1) / (s / 60)))
    case .failure(let problem):
      report(LiteralValue.diagnostic(problem, at: args[1], expected: .duration))
      return .invalid
    }
  }

  /// `clamp(x, low, high)`: literal bounds of x's type.
  private mutating func clampCall(_ args: [Expr], _ scope: ExpressionScope) -> TypedExpr {
    let x = typeOf(args[0], scope)
    guard x.type != .invalid else { return .invalid }
    guard x.type.isNumeric else {
      report(.typeMismatch, args[0].range, "'clamp' bounds a number or quantity, not a \(x.type)")
      return .invalid
    }
    var bounds: [ExactDecimal] = []
    for bound in args[1...] {
      switch LiteralValue.value(of: bound, as: x.type) {
      case .success(let v): bounds.append(v)
      case .failure(.notLiteral):
        report(
          .clampBoundsNotLiteral, bound.range, "clamp bounds must be literals",
          notes: [DiagnosticNote("the sensitivity of a released value must be known before the script runs")])
      case .failure(let problem):
        report(LiteralValue.diagnostic(problem, at: bound, expected: x.type))
      }
    }
    guard bounds.count == 2 else { return .invalid }
    guard bounds[0] <= bounds[1] else {
      report(.invalidLiteral, args[2].range, "the upper bound \(bounds[1]) is below the lower bound \(bounds[0])")
      return .invalid
    }
    return .call(.clamp, [x, .number(bounds[0], x.type), .number(bounds[1], x.type)], x.type)
  }

  /// `zone_centroids(n)`: only in a parameter's `init`, with a literal count.
  private mutating func zoneCentroids(_ args: [Expr], _ scope: ExpressionScope, whole: Expr) -> TypedExpr {
    guard scope == .parameterInit else {
      report(.typeMismatch, whole.range, "'zone_centroids' gives a parameter's initial value; use it after 'init'")
      return .invalid
    }
    guard case .success(let n) = LiteralValue.value(of: args[0], as: .int), let count = n.rescaled(to: 0)?.units,
      count >= 1
    else {
      report(.invalidLiteral, args[0].range, "'zone_centroids' takes a literal count of zones, at least 1")
      return .invalid
    }
    return .call(.zoneCentroids, [.number(ExactDecimal(units: count), .int)], .list(.point, max: count))
  }
}
