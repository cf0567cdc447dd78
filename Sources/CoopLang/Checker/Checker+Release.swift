extension Checker {
  /// Released values: `count()`, `sum(x)` or `mean(x)` with x bounded.
  mutating func checkReleases(_ items: [ReleaseItem], keys: [CheckedKey]) -> [CheckedRelease] {
    var out: [CheckedRelease] = []
    var names = Dictionary(keys.map { ($0.name, SourceRange(at: .start)) }, uniquingKeysWith: { a, _ in a })
    keysInScope = Dictionary(keys.map { ($0.name, $0.expr) }, uniquingKeysWith: { a, _ in a })
    defer { keysInScope = [:] }
    checkedReleaseItems = []
    for item in items {
      if names[item.name.name] != nil {
        report(.duplicateName, item.name.range, "'\(item.name.name)' is already the name of a released value or group key")
        continue
      }
      names[item.name.name] = item.name.range
      if let release = checkRelease(item) {
        out.append(release)
        checkedReleaseItems.append(item)
      }
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
    let text = ExpressionPrinter.print(args[0])
    let bounds: ClosedRange<ExactDecimal>
    switch boundsOf(argument) {
    case .success(let b): bounds = b
    case .failure(.unbounded):
      report(
        .unclampedAggregate, args[0].range,
        "cannot \(builtin.rawValue) '\(text)': its values are unbounded",
        notes: [DiagnosticNote("clamp it to literal bounds, e.g. 'clamp(\(text), LOW, HIGH)'"),
                DiagnosticNote("one person's influence on the result must be known before the script runs")])
      return nil
    case .failure(.overflow):
      report(
        .sensitivityTooLarge, args[0].range,
        "cannot \(builtin.rawValue) '\(text)': its bounds do not fit 64-bit exact arithmetic",
        notes: [DiagnosticNote("clamp it to narrower literal bounds")])
      return nil
    case .failure(.tooFine):
      report(gridDiagnostic(text, at: args[0], type: argument.type, decimals: nil))
      return nil
    }
    let needed = Swift.max(bounds.lowerBound.significantDecimals, bounds.upperBound.significantDecimals)
    guard needed <= NoisyNumberPlan.maxDecimals else {
      report(gridDiagnostic(text, at: args[0], type: argument.type, decimals: needed))
      return nil
    }
    let (unit, factor) = displayUnit(of: argument.type)
    // The grid keeps the bounds' decimals as written (at least 4 for plain decimals), at most
    // `NoisyNumberPlan.maxDecimals`; the bounds themselves never need more (checked above).
    let decimals = Swift.min(
      NoisyNumberPlan.maxDecimals,
      Swift.max(bounds.lowerBound.scale, bounds.upperBound.scale, argument.type == .decimal ? 4 : 0))
    return CheckedRelease(
      name: item.name.name, kind: builtin == .sum ? .sum : .mean, argument: argument, valueBounds: bounds,
      decimals: decimals, displayUnit: unit, displayFactor: factor, source: source)
  }

  /// Bounds whose decimals the release grid cannot hold: refused, never rounded, since the
  /// sensitivity and the fixed-point sums are computed on the grid.
  private func gridDiagnostic(_ text: String, at e: Expr, type: ValueType, decimals: Int?) -> Diagnostic {
    let unit = RuntimeNumbers.baseUnit(of: type).map { " in \($0)" } ?? ""
    let need = decimals.map { "need \($0) decimals" } ?? "need more than \(ExactDecimal.maxScale) decimals"
    return Diagnostic(
      .boundsFinerThanGrid, at: e.range,
      "the bounds of '\(text)' \(need)\(unit); sums are computed on a grid of at most \(NoisyNumberPlan.maxDecimals) decimals",
      notes: [DiagnosticNote("write the clamp bounds with at most \(NoisyNumberPlan.maxDecimals) decimals\(unit)")])
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

  /// Why a value has no bounds the checker can use.
  enum BoundsProblem: Error {
    /// Nothing bounds it (no clamp, an unbounded column, …).
    case unbounded
    /// Interval arithmetic overflows 64 bits.
    case overflow
    /// A product needs more than `ExactDecimal.maxScale` decimals.
    case tooFine
  }

  /// Bounds of one row's value, by interval arithmetic over clamps, literals and bounded columns;
  /// nil when there are none (or they cannot be computed exactly).
  func valueBounds(_ e: TypedExpr) -> ClosedRange<ExactDecimal>? {
    try? boundsOf(e).get()
  }

  /// Bounds of one row's value in base units (metres, seconds, minutes of the day, degrees), by
  /// checked interval arithmetic over clamps, literals and bounded columns.
  func boundsOf(_ e: TypedExpr) -> Result<ClosedRange<ExactDecimal>, BoundsProblem> {
    switch e {
    case .number(let v, _): return .success(v...v)
    case .bool: return .success(ExactDecimal(units: 0)...ExactDecimal(units: 1))
    case .column(let path): return column(path)?.bounds.map { .success($0) } ?? .failure(.unbounded)
    case .param(let name, _): return parameters.first { $0.name == name }?.bounds.map { .success($0) } ?? .failure(.unbounded)
    case .call(.clamp, let args, _):
      guard case .number(let low, _) = args[1], case .number(let high, _) = args[2] else { return .failure(.unbounded) }
      return .success(low...high)
    case .call(.min, let args, _), .call(.max, let args, _):
      return boundsOf(args[0]).flatMap { a in
        boundsOf(args[1]).map { b in
          if case .call(.min, _, _) = e { return Swift.min(a.lowerBound, b.lowerBound)...Swift.min(a.upperBound, b.upperBound) }
          return Swift.max(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
        }
      }
    case .unary(.negate, let x, _):
      return boundsOf(x).flatMap { a in
        guard let lo = a.upperBound.negated, let hi = a.lowerBound.negated else { return .failure(.overflow) }
        return .success(lo...hi)
      }
    case .binary(.subtract, let x, let y, .duration) where x.type == .time:
      // Times are minutes of the day; their difference is a duration, in seconds.
      return boundsOf(x).flatMap { a in
        boundsOf(y).flatMap { b in
          guard let minutes = combine(e, a, b), let lo = minutes.lowerBound.times(60), let hi = minutes.upperBound.times(60)
          else { return .failure(.overflow) }
          return .success(lo...hi)
        }
      }
    case .binary(.add, let x, let y, _), .binary(.subtract, let x, let y, _), .binary(.multiply, let x, let y, _):
      return boundsOf(x).flatMap { a in
        boundsOf(y).flatMap { b in
          if let range = combine(e, a, b) { return .success(range) }
          if case .binary(.multiply, _, _, _) = e,
            [a.lowerBound, a.upperBound].contains(where: { x in
              [b.lowerBound, b.upperBound].contains { x.significantDecimals + $0.significantDecimals > ExactDecimal.maxScale }
            })
          {
            return .failure(.tooFine)
          }
          return .failure(.overflow)
        }
      }
    default: return .failure(.unbounded)
    }
  }

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
