extension Checker {
  /// `x.name`: a column of a row (following foreign keys), a coordinate of a point, or an enum
  /// case (`Mode.car_solo`).
  mutating func memberAccess(_ base: Expr, _ member: Identifier, _ scope: ExpressionScope, whole: Expr) -> TypedExpr {
    if case .name(let id) = base.kind, let e = schema?.enums[id.name], !isValueName(id.name, scope) {
      guard e.cases.contains(member.name) else {
        let guess = Spelling.suggest(member.name, from: e.cases)
        report(
          .unknownName, member.range,
          "'\(member.name)' is not a case of \(e.name)" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
          notes: [DiagnosticNote("cases: \(e.cases.joined(separator: ", "))")],
          fixIt: guess.map { FixIt("replace with '\($0)'", range: member.range, replacement: $0) })
        return .invalid
      }
      return .enumCase(e.name, member.name)
    }
    let typed = typeOf(base, scope)
    switch typed.type {
    case .invalid: return .invalid
    case .row(let tableName):
      guard case .column(let path) = typed, let table = schema?.table(tableName) else { return .invalid }
      guard let column = table.column(member.name) else {
        let guess = Spelling.suggest(member.name, from: table.columns.map(\.name))
        report(
          .unknownName, member.range,
          "table '\(tableName)' has no column '\(member.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
          notes: [DiagnosticNote("columns: \(table.columns.map(\.name).joined(separator: ", "))")],
          fixIt: guess.map { FixIt("replace with '\($0)'", range: member.range, replacement: $0) })
        return .invalid
      }
      let joins = path.column.isEmpty ? path.joins : path.joins + [path.column]
      return .column(ColumnPath(joins: joins, table: tableName, column: column.name, type: column.type))
    case .point:
      guard let coordinate = TypedExpr.Coordinate(rawValue: member.name) else {
        report(.unknownName, member.range, "a point has 'lat' and 'lon', not '\(member.name)'")
        return .invalid
      }
      return .coordinate(typed, coordinate)
    default:
      if case .column(let path) = typed {
        report(
          .joinNotForeignKey, member.range,
          "'\(path.column)' is a \(typed.type), not a foreign key: it has no '\(member.name)'",
          notes: [DiagnosticNote("joins follow the schema's 'ref' columns only")])
      } else {
        report(.typeMismatch, member.range, "a \(typed.type) has no member '\(member.name)'")
      }
      return .invalid
    }
  }

  /// Whether `name` denotes a value (alias, parameter, combine name) rather than a type.
  private func isValueName(_ name: String, _ scope: ExpressionScope) -> Bool {
    if name == alias || parameters.contains(where: { $0.name == name }) { return true }
    if case .combine(let keys, let released) = scope { return keys[name] != nil || released.contains(name) }
    return false
  }

  /// `list[i]`.
  mutating func indexAccess(_ base: Expr, _ index: Expr, _ scope: ExpressionScope, whole: Expr) -> TypedExpr {
    let list = typeOf(base, scope)
    let i = typeOf(index, scope)
    guard case .list(let element, _) = list.type else {
      if list.type != .invalid { report(.typeMismatch, base.range, "only lists can be indexed, not a \(list.type)") }
      return .invalid
    }
    // At the edge, only a list parameter is indexed (its values are bound into the query).
    if scope == .row, case .param = list {} else if scope == .row {
      report(
        .typeMismatch, base.range, "only a list parameter can be indexed in a row expression",
        notes: [DiagnosticNote("declare it: 'param NAME: list<…> max N init […]', then index NAME")])
      return .invalid
    }
    switch i.type {
    case .int, .index, .invalid: return .index(list, i, element)
    default:
      report(.typeMismatch, index.range, "a list index is an int, not a \(i.type)")
      return .invalid
    }
  }
}
