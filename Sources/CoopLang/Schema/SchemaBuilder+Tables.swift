extension SchemaBuilder {
  mutating func resolveTable(_ t: TableDecl, unit: String?, tables: Set<String>) -> TableModel {
    var rows: ClosedRange<Int>?
    if let r = t.rowsPer {
      if let unit, r.unit.name != unit {
        reportProblem(
          Diagnostic(
            .schemaUnit, at: r.unit.range,
            "rows are counted per '\(r.unit.name)', but the schema's privacy unit is '\(unit)'",
            fixIt: FixIt("replace with '\(unit)'", range: r.unit.range, replacement: unit)))
      }
      if r.min.value > r.max.value {
        reportProblem(
          Diagnostic(.invalidBound, at: r.max.range, "rows per unit: \(r.min.value) is more than \(r.max.value)"))
      } else {
        rows = r.min.value...r.max.value
      }
    }
    var seen: [String: SourceRange] = [:]
    var columns: [ColumnModel] = []
    for c in t.columns {
      if let first = seen[c.name.name] {
        reportProblem(
          Diagnostic(
            .duplicateDeclaration, at: c.name.range, "duplicate column '\(c.name.name)'",
            notes: [DiagnosticNote("first declared here", at: first)]))
        continue
      }
      seen[c.name.name] = c.name.range
      if let column = resolveColumn(c, in: t.name.name, tables: tables) { columns.append(column) }
    }
    let keys = t.columns.filter(\.isKey)
    if keys.count != 1 {
      reportProblem(
        Diagnostic(
          .tableKey, at: t.name.range,
          keys.isEmpty
            ? "table '\(t.name.name)' has no key column" : "table '\(t.name.name)' has \(keys.count) key columns",
          notes: [DiagnosticNote("mark exactly one column 'key', e.g. 'id: id key'")]))
    }
    var table = TableModel(name: t.name.name, rowsPerUnit: rows, columns: columns)
    if let r = t.rowsPer, let rows { table.unitColumn = resolveUnitColumn(r, rows: rows, of: table) }
    return table
  }

  /// The column identifying a row's unit: `by COLUMN` (an id, int, string or ref column), else the
  /// key when a unit has at most one row. Without it the import could not enforce the count.
  private mutating func resolveUnitColumn(_ r: RowsPer, rows: ClosedRange<Int>, of table: TableModel) -> String? {
    guard let name = r.column else {
      guard rows.upperBound <= 1 else {
        reportProblem(
          Diagnostic(
            .unitColumn, at: r.max.range,
            "one \(r.unit.name) may have up to \(rows.upperBound) rows of '\(table.name)': name the column that identifies the \(r.unit.name)",
            notes: [DiagnosticNote("write e.g. 'rows per \(r.unit.name) \(r.min.text) .. \(r.max.text) by \(r.unit.name)'"),
                    DiagnosticNote("the import refuses more rows than this per value of that column")]))
        return nil
      }
      return table.key?.name
    }
    guard let column = table.column(name.name) else {
      reportProblem(Diagnostic(.unitColumn, at: name.range, "table '\(table.name)' has no column '\(name.name)'"))
      return nil
    }
    switch column.type {
    case .id, .int, .string, .row: return column.name
    default:
      reportProblem(
        Diagnostic(
          .unitColumn, at: name.range,
          "a \(column.type) column cannot identify the \(r.unit.name): use its key, an id, an int, a string or a ref"))
      return nil
    }
  }

  private mutating func resolveColumn(_ c: ColumnDecl, in table: String, tables: Set<String>)
    -> ColumnModel?
  {
    let type: ValueType
    switch c.type {
    case .reference(let target):
      guard tables.contains(target.name) else {
        let guess = Spelling.suggest(target.name, from: tables)
        reportProblem(
          Diagnostic(
            .unknownTable, at: target.range,
            "unknown table '\(target.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
            fixIt: guess.map { FixIt("replace with '\($0)'", range: target.range, replacement: $0) }))
        return nil
      }
      type = .row(target.name)
    case .value(.list(_, _, let range)):
      reportProblem(
        Diagnostic(
          .listColumn, at: range, "a column holds one value; lists are for parameters only"))
      return nil
    case .value(.named(let name)):
      guard let resolved = resolveTypeName(name) else { return nil }
      type = resolved
    }
    var column = ColumnModel(name: c.name.name, type: type, isKey: c.isKey)
    if let bound = c.bound { column.bounds = resolveBound(bound, type: type) }
    if let resolution = c.resolution { column.resolution = resolveResolution(resolution, type: type) }
    return column
  }

  /// The type a name denotes: a built-in, an enum or a zone domain.
  mutating func resolveTypeName(_ name: Identifier) -> ValueType? {
    if let builtin = ValueType.builtins[name.name] { return builtin }
    if enumNames.contains(name.name) { return .enumeration(name.name) }
    if zoneNames.contains(name.name) { return .zone(name.name) }
    let candidates = Array(ValueType.builtins.keys) + enumNames + zoneNames
    let guess = Spelling.suggest(name.name, from: candidates)
    reportProblem(
      Diagnostic(
        .unknownType, at: name.range,
        "unknown type '\(name.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
        notes: [DiagnosticNote("types are \(ValueType.builtins.keys.sorted().joined(separator: ", ")) and the schema's enums and zones")],
        fixIt: guess.map { FixIt("replace with '\($0)'", range: name.range, replacement: $0) }))
    return nil
  }

  private mutating func resolveBound(_ bound: RangeBound, type: ValueType) -> ClosedRange<ExactDecimal>? {
    guard type.isNumeric || type == .time else {
      reportProblem(Diagnostic(.invalidBound, at: bound.low.range, "a \(type) column cannot be bounded with 'in'"))
      return nil
    }
    switch (LiteralValue.value(of: bound.low, as: type), LiteralValue.value(of: bound.high, as: type)) {
    case (.success(let low), .success(let high)):
      guard low <= high else {
        reportProblem(Diagnostic(.invalidBound, at: bound.high.range, "the upper bound \(high) is below the lower bound \(low)"))
        return nil
      }
      return low...high
    case (.failure(let problem), _):
      reportProblem(LiteralValue.diagnostic(problem, at: bound.low, expected: type))
    case (_, .failure(let problem)):
      reportProblem(LiteralValue.diagnostic(problem, at: bound.high, expected: type))
    }
    return nil
  }

  private mutating func resolveResolution(_ expr: Expr, type: ValueType) -> ExactDecimal? {
    let asType: ValueType = type == .time ? .duration : (type == .point ? .decimal : type)
    guard type.isNumeric || type == .time || type == .point else {
      reportProblem(Diagnostic(.invalidResolution, at: expr.range, "a \(type) column has no resolution"))
      return nil
    }
    switch LiteralValue.value(of: expr, as: asType) {
    case .success(let value):
      guard value > ExactDecimal(units: 0) else {
        reportProblem(Diagnostic(.invalidResolution, at: expr.range, "a resolution must be positive"))
        return nil
      }
      // Times are minutes of the day: a duration resolution converts from seconds.
      if type == .time {
        guard let whole = value.rescaled(to: 0), whole.units % 60 == 0 else {
          reportProblem(Diagnostic(.invalidResolution, at: expr.range, "a time resolution is a whole number of minutes"))
          return nil
        }
        return ExactDecimal(units: whole.units / 60)
      }
      return value
    case .failure(let problem):
      reportProblem(LiteralValue.diagnostic(problem, at: expr, expected: asType))
      return nil
    }
  }
}
