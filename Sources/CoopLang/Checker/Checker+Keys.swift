extension Checker {
  /// Group keys: each must have a public, bounded domain.
  mutating func checkKeys(_ keys: [GroupKey]) -> [CheckedKey] {
    var out: [CheckedKey] = []
    var names: [String: SourceRange] = [:]
    for key in keys {
      let typed = typeOf(key.expr, .row)
      guard typed.type != .invalid else { continue }
      let name = key.alias?.name ?? defaultName(typed)
      let nameRange = key.alias?.range ?? key.expr.range
      if let first = names[name] {
        report(
          .duplicateName, nameRange, "two group keys are named '\(name)'",
          notes: [DiagnosticNote("name one with 'as', e.g. '\(ExpressionPrinter.print(key.expr)) as other_\(name)'"),
                  DiagnosticNote("the other is here", at: first)])
        continue
      }
      names[name] = nameRange
      guard let domain = domain(of: typed, at: key.expr) else { continue }
      out.append(CheckedKey(name: name, expr: typed, domain: domain, source: ExpressionPrinter.print(key.expr)))
    }
    return out
  }

  private func defaultName(_ t: TypedExpr) -> String {
    switch t {
    case .column(let path): path.column
    case .call(let f, _, _): f.rawValue
    default: "key"
    }
  }

  /// The public, bounded domain of a key's values, or a diagnostic saying why there is none.
  private mutating func domain(of t: TypedExpr, at e: Expr) -> KeyDomain? {
    switch t.type {
    case .enumeration(let name):
      if let model = schema?.enums[name] { return .enumeration(name, cases: model.cases) }
    case .zone(let name):
      if let model = schema?.zoneDomains[name] { return .zones(name, codes: model.zones.map(\.code)) }
    case .bool: return .bool
    case .index(let max):
      if case .call(.slot, let args, _) = t, case .number(let seconds, _) = args[1],
        let s = seconds.rescaled(to: 0)?.units
      {
        return .slots(count: max, minutes: s / 60)
      }
      return .indexes(count: max)
    case .int:
      if case .column(let path) = t, let bounds = column(path)?.bounds,
        let low = bounds.lowerBound.rescaled(to: 0)?.units, let high = bounds.upperBound.rescaled(to: 0)?.units,
        case (let width, false) = high.subtractingReportingOverflow(low), width < 10_000
      {
        return .integers(low...high)
      }
    default: break
    }
    let what: String
    switch t.type {
    case .id: what = "its domain is unbounded (an identifier)"
    case .point, .decimal, .distance, .duration, .time: what = "it is a raw \(t.type) with an unbounded domain"
    case .string: what = "free text has an unbounded domain"
    default: what = "its domain is not public and bounded"
    }
    report(
      .unboundedGroupKey, e.range, "cannot group by '\(ExpressionPrinter.print(e))': \(what)",
      notes: [
        DiagnosticNote("group keys must come from a public, bounded domain"),
        DiagnosticNote("use an enum, a zone, a bool, a bounded int column, slot(time, duration) or nearest(point, list)"),
      ])
    return nil
  }

  /// The schema column a path ends at.
  func column(_ path: ColumnPath) -> ColumnModel? {
    schema?.table(path.table)?.column(path.column)
  }
}
