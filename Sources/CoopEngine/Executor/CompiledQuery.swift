import CoopLang

/// A checked script compiled to one parameterised SQL query: scan the `from` table, join along
/// foreign keys, filter, group by the keys, count and sum on the fixed-point grid. Everything
/// else (the full key domain, noise, thresholds) is finished in Swift.
struct CompiledQuery {
  /// The SQL text.
  var sql: String
  /// Values for its `?` parameters, in order.
  var arguments: [SandboxValue]
  /// The columns it may read, for the authorizer (table → columns).
  var columns: [String: Set<String>]
  /// How many leading result columns are keys.
  var keyCount: Int
  /// Whether each key is text (enum) rather than an integer.
  var textKeys: [Bool]
}

/// Compiles checked expressions to SQL over a store made from the same schema.
struct QueryCompiler {
  let script: CheckedScript
  let parameters: [String: ParameterValue]
  private(set) var arguments: [SandboxValue] = []
  private(set) var joins: [[String]: String] = [:]
  private(set) var columns: [String: Set<String>] = [:]

  init(script: CheckedScript, parameters: [String: ParameterValue]) {
    self.script = script
    self.parameters = parameters
  }

  /// The compiled query.
  static func compile(_ script: CheckedScript, parameters: [String: ParameterValue]) throws -> CompiledQuery {
    var compiler = QueryCompiler(script: script, parameters: parameters)
    let keys = try script.keys.map { try compiler.scalar($0.expr) }
    var values = ["COUNT(*)"]
    for r in script.releases where r.kind != .count {
      guard let argument = r.argument else { continue }
      let factor = "1" + String(repeating: "0", count: r.decimals)
      values.append("SUM(CAST(ROUND((\(try compiler.scalar(argument))) * \(factor)) AS INTEGER))")
    }
    let filter = try script.filter.map { try compiler.scalar($0) }
    var sql = "SELECT " + (keys + values).joined(separator: ", ")
    sql += " FROM \(SQL.quote(script.table.name)) AS t0"
    sql += compiler.joinClauses()
    if let filter { sql += " WHERE \(filter)" }
    if !keys.isEmpty { sql += " GROUP BY " + (1...keys.count).map(String.init).joined(separator: ", ") }
    let textKeys = script.keys.map { key -> Bool in
      if case .enumeration = key.domain { return true }
      return false
    }
    compiler.read(script.table.name, nil)
    return CompiledQuery(
      sql: sql, arguments: compiler.arguments, columns: compiler.columns, keyCount: keys.count, textKeys: textKeys)
  }

  /// Records a read of `path`'s column (both halves of a point).
  mutating func readColumn(_ path: ColumnPath) {
    if path.type == .point {
      read(path.table, path.column + "_lat")
      read(path.table, path.column + "_lon")
    } else {
      read(path.table, path.column)
    }
  }

  /// The alias of a join path, creating the join on first use.
  mutating func aliasFor(_ path: [String]) -> String { alias(path) }

  /// Binds a value; returns its placeholder.
  mutating func bindValue(_ value: SandboxValue) -> String { bind(value) }

  private mutating func read(_ table: String, _ column: String?) {
    columns[table, default: []].formUnion(column.map { [$0] } ?? [])
  }

  /// The table alias for a foreign-key path (`[]` is the `from` table).
  private mutating func alias(_ path: [String]) -> String {
    if path.isEmpty { return "t0" }
    if let a = joins[path] { return a }
    _ = alias(Array(path.dropLast()))
    let a = "t\(joins.count + 1)"
    joins[path] = a
    return a
  }

  /// `JOIN target AS tN ON tN.key = tParent.fk` for every path used, parents first.
  private mutating func joinClauses() -> String {
    var out = ""
    for (path, a) in joins.sorted(by: { $0.key.count < $1.key.count || ($0.key.count == $1.key.count && $0.value < $1.value) }) {
      let parentPath = Array(path.dropLast())
      let parentAlias = parentPath.isEmpty ? "t0" : (joins[parentPath] ?? "t0")
      let parentTable = table(at: parentPath)
      guard let fk = parentTable?.column(path.last ?? ""), let targetName = fk.referencedTable,
        let target = script.schema.table(targetName), let key = target.key
      else { continue }
      read(parentTable?.name ?? "", fk.name)
      read(target.name, key.name)
      out += " JOIN \(SQL.quote(target.name)) AS \(a) ON \(a).\(SQL.quote(key.name)) = \(parentAlias).\(SQL.quote(fk.name))"
    }
    return out
  }

  private func table(at path: [String]) -> TableModel? {
    var current: TableModel? = script.table
    for step in path {
      guard let next = current?.column(step)?.referencedTable else { return nil }
      current = script.schema.table(next)
    }
    return current
  }

  private mutating func bind(_ value: SandboxValue) -> String {
    arguments.append(value)
    return "?"
  }
}
