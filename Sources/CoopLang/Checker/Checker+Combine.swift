extension Checker {
  /// `combine`: assignments to parameters from released values, group keys and parameters.
  mutating func checkCombine(
    _ items: [CombineItem], keys: [CheckedKey], releases: [CheckedRelease], rounds: Int
  ) -> [CheckedCombine] {
    let keyTypes = Dictionary(keys.map { ($0.name, $0.expr.type) }, uniquingKeysWith: { a, _ in a })
    let scope = ExpressionScope.combine(keys: keyTypes, released: Set(releases.map(\.name)))
    var out: [CheckedCombine] = []
    for item in items {
      guard let parameter = parameters.first(where: { $0.name == item.target.name }) else {
        let guess = Spelling.suggest(item.target.name, from: parameters.map(\.name))
        report(
          .invalidCombineTarget, item.target.range,
          "'\(item.target.name)' is not a parameter" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
          notes: [DiagnosticNote("combine assigns the next round's parameters")])
        continue
      }
      var want = parameter.type
      if let key = item.key {
        guard case .list(let element, let max) = parameter.type else {
          report(.invalidCombineTarget, key.range, "'\(parameter.name)' is not a list: it cannot be indexed")
          continue
        }
        guard let keyType = keyTypes[key.name] else {
          report(.unknownName, key.range, "'\(key.name)' is not a group key",
                 notes: [DiagnosticNote("group keys: \(keys.map(\.name).joined(separator: ", "))")])
          continue
        }
        guard case .index(let count) = keyType, count <= max else {
          report(
            .invalidCombineTarget, key.range, "'\(key.name)' does not index '\(parameter.name)'",
            notes: [DiagnosticNote("index a list parameter with a key such as 'nearest(p, \(parameter.name)) as \(key.name)'")])
          continue
        }
        want = element
      }
      let value = typeOf(item.value, scope)
      if value.type != .invalid, value.type != want, !(want == .decimal && value.type == .int) {
        report(
          .typeMismatch, item.value.range, "'\(item.target.name)\(item.key.map { "[\($0.name)]" } ?? "")' is a \(want), not a \(value.type)",
          notes: [DiagnosticNote("have: \(value.type)"), DiagnosticNote("want: \(want)")])
        continue
      }
      let guardExpr = item.guardExpr.map { checkCondition($0, scope: scope) }
      let text = "\(item.target.name)\(item.key.map { "[\($0.name)]" } ?? "") = \(ExpressionPrinter.print(item.value))"
        + (item.guardExpr.map { " where " + ExpressionPrinter.print($0) } ?? "")
      out.append(CheckedCombine(target: parameter.name, key: item.key?.name, value: value, guardExpr: guardExpr, source: text))
    }
    return out
  }
}
