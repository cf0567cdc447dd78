extension Checker {
  /// Released values: `count()`, `sum(x)` or `mean(x)` with x bounded.
  mutating func checkReleases(_ items: [ReleaseItem], keys: [CheckedKey]) -> [CheckedRelease] {
    var out: [CheckedRelease] = []
    var names = Dictionary(keys.map { ($0.name, SourceRange(at: .start)) }, uniquingKeysWith: { a, _ in a })
    keysInScope = Dictionary(keys.map { ($0.name, $0.expr) }, uniquingKeysWith: { a, _ in a })
    defer { keysInScope = [:] }
    for item in items {
      if names[item.name.name] != nil {
        report(.duplicateName, item.name.range, "'\(item.name.name)' is already the name of a released value or group key")
        continue
      }
      names[item.name.name] = item.name.range
      if let release = checkRelease(item) { out.append(release) }
    }
    return out
  }

  private mutating func checkRelease(_ item: ReleaseItem) -> CheckedRelease? {
    guard case .call(let callee, let args) = item.value.kind, case .name(let f) = callee.kind,
      let builtin = Builtin(rawValue: f.name), builtin.isAggregate
    else {
      let typed = typeOf(item.value, .row)
      if typed.type != .invalid {
        report(
          .nonAggregateRelease, item.value.range, "'\(item.name.name)' releases a row value, not an aggregate",
          notes: [DiagnosticNote("only count(), sum(x) and mean(x) are released: rows never leave the edge")])
      }
      return nil
    }
    guard args.count == builtin.arity else {
      report(
        .wrongArgumentCount, item.value.range, "'\(builtin.rawValue)' takes \(builtin.arity) argument\(builtin.arity == 1 ? "" : "s"), found \(args.count)",
        notes: [DiagnosticNote("signature: \(builtin.signature)")])
      return nil
    }
    let source = ExpressionPrinter.print(item.value)
    guard builtin != .count else {
      return CheckedRelease(name: item.name.name, kind: .count, decimals: 0, displayUnit: "", displayFactor: 1, source: source)
    }
    if containsAggregate(args[0]) {
      report(.nestedAggregate, args[0].range, "an aggregate cannot contain another aggregate")
      return nil
    }
    let argument = typeOf(args[0], .row)
    guard argument.type != .invalid else { return nil }
    guard argument.type.isNumeric else {
      report(.typeMismatch, args[0].range, "'\(builtin.rawValue)' adds numbers or quantities, not \(argument.type) values")
      return nil
    }
    guard let bounds = valueBounds(argument) else {
      report(
        .unclampedAggregate, args[0].range,
        "cannot \(builtin.rawValue) '\(ExpressionPrinter.print(args[0]))': its values are unbounded",
        notes: [DiagnosticNote("clamp it to literal bounds, e.g. 'clamp(\(ExpressionPrinter.print(args[0])), LOW, HIGH)'"),
                DiagnosticNote("one person's influence on the result must be known before the script runs")])
      return nil
    }
    let (unit, factor) = displayUnit(of: argument.type)
    let decimals = Swift.min(6, Swift.max(bounds.lowerBound.scale, bounds.upperBound.scale, argument.type == .decimal ? 4 : 0))
    return CheckedRelease(
      name: item.name.name, kind: builtin == .sum ? .sum : .mean, argument: argument, valueBounds: bounds,
      decimals: decimals, displayUnit: unit, displayFactor: factor, source: source)
  }

  private func containsAggregate(_ e: Expr) -> Bool {
    switch e.kind {
    case .call(let callee, let args):
      if case .name(let id) = callee.kind, Builtin(rawValue: id.name)?.isAggregate == true { return true }
      return args.contains(where: containsAggregate)
    case .unary(_, let x), .member(let x, _): return containsAggregate(x)
    case .binary(_, let a, let b), .index(let a, let b): return containsAggregate(a) || containsAggregate(b)
    case .list(let items): return items.contains(where: containsAggregate)
    default: return false
    }
  }

  /// The unit values of a type are shown in, and the factor from base units.
  func displayUnit(of type: ValueType) -> (String, Int) {
    switch type {
    case .distance: ("km", 1000)
    case .duration: ("min", 60)
    case .time: ("min", 1)
    default: ("", 1)
    }
  }

  /// Bounds of one row's value, by interval arithmetic over clamps, literals and bounded columns.
  func valueBounds(_ e: TypedExpr) -> ClosedRange<ExactDecimal>? {
    switch e {
    case .number(let v, _): return v...v
    case .bool: return ExactDecimal(units: 0)...ExactDecimal(units: 1)
    case .column(let path): return column(path)?.bounds
    case .param(let name, _): return parameters.first { $0.name == name }?.bounds
    case .call(.clamp, let args, _):
      guard case .number(let low, _) = args[1], case .number(let high, _) = args[2] else { return nil }
      return low...high
    case .call(.min, let args, _), .call(.max, let args, _):
      guard let a = valueBounds(args[0]), let b = valueBounds(args[1]) else { return nil }
      if case .call(.min, _, _) = e { return Swift.min(a.lowerBound, b.lowerBound)...Swift.min(a.upperBound, b.upperBound) }
      return Swift.max(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
    case .unary(.negate, let x, _):
      guard let a = valueBounds(x) else { return nil }
      return negate(a.upperBound)...negate(a.lowerBound)
    case .binary(.add, let x, let y, _), .binary(.subtract, let x, let y, _), .binary(.multiply, let x, let y, _):
      guard let a = valueBounds(x), let b = valueBounds(y) else { return nil }
      return combine(e, a, b)
    default: return nil
    }
  }

  private func negate(_ v: ExactDecimal) -> ExactDecimal { ExactDecimal(units: -v.units, scale: v.scale) }

  private func combine(_ e: TypedExpr, _ a: ClosedRange<ExactDecimal>, _ b: ClosedRange<ExactDecimal>) -> ClosedRange<ExactDecimal>? {
    switch e {
    case .binary(.add, _, _, _):
      guard let lo = a.lowerBound.plus(b.lowerBound), let hi = a.upperBound.plus(b.upperBound) else { return nil }
      return lo...hi
    case .binary(.subtract, _, _, _):
      guard let lo = a.lowerBound.minus(b.upperBound), let hi = a.upperBound.minus(b.lowerBound) else { return nil }
      return lo...hi
    default:
      let products = [a.lowerBound, a.upperBound].flatMap { x in [b.lowerBound, b.upperBound].map { x.multiplied(by: $0) } }
      let values = products.compactMap { $0 }
      guard values.count == 4, let lo = values.min(), let hi = values.max() else { return nil }
      return lo...hi
    }
  }
}
