import CoopLang

/// The one statement a run executes: `SELECT` the columns the script reads from the scanned
/// table and the tables its foreign keys reach, `LEFT JOIN`ed so that every row of the scanned
/// table is read exactly once whatever the joined tables hold.
///
/// The SQL text is made of the schema's identifiers alone, each quoted: nothing a script
/// contains — no literal, string, parameter or name it chose — ever becomes SQL text.
struct ScanPlan {
  /// The scanned table.
  let table: TableModel
  /// The schema.
  let schema: SchemaModel
  /// The result columns, in order: a column's slot is its position.
  private(set) var columns: [ScanColumn] = []
  /// The table alias of each foreign-key path followed (`[]` is `t0`).
  private(set) var aliases: [[String]: String] = [:]

  init(table: TableModel, schema: SchemaModel) {
    self.table = table
    self.schema = schema
  }

  /// The slot of `path`'s column (`coordinate` for one half of a point), added on first use.
  mutating func slot(_ path: ColumnPath, coordinate: TypedExpr.Coordinate? = nil) -> Int {
    let model = self.table(at: path.joins)?.column(path.column)
    let sqlName = coordinate.map { path.column + "_" + $0.rawValue } ?? path.column
    if let i = columns.firstIndex(where: { $0.joins == path.joins && $0.sqlName == sqlName }) { return i }
    for depth in 1..<(path.joins.count + 1) {
      let prefix = Array(path.joins.prefix(depth))
      if aliases[prefix] == nil { aliases[prefix] = "t\(aliases.count + 1)" }
    }
    let reader =
      model.map { ScanColumn.reader(for: $0, coordinate: coordinate, schema: schema) } ?? .text
    columns.append(ScanColumn(joins: path.joins, table: path.table, sqlName: sqlName, reader: reader))
    return columns.count - 1
  }

  /// The number of foreign-key lookups per scanned row.
  var lookupsPerRow: Int { aliases.count }

  /// The `SELECT` statement.
  var sql: String {
    let selected =
      columns.isEmpty
      ? ["1"] : columns.map { "\(alias($0.joins)).\(SQL.quote($0.sqlName))" }
    var text = "SELECT " + selected.joined(separator: ", ") + " FROM \(SQL.quote(table.name)) AS t0"
    for (path, a) in aliases.sorted(by: { ($0.key.count, $0.value) < ($1.key.count, $1.value) }) {
      guard let (parent, fk, target, key) = join(path) else { continue }
      text += " LEFT JOIN \(SQL.quote(target.name)) AS \(a) ON \(a).\(SQL.quote(key.name))"
      text += " = \(alias(parent)).\(SQL.quote(fk.name))"
    }
    return text
  }

  /// What the statement may read, for the sandbox's authorizer: table → SQL columns.
  var readable: [String: Set<String>] {
    var out: [String: Set<String>] = [table.name: []]
    for c in columns { out[c.table, default: []].insert(c.sqlName) }
    for path in aliases.keys {
      guard let (parent, fk, target, key) = join(path), let parentTable = self.table(at: parent) else { continue }
      out[parentTable.name, default: []].insert(fk.name)
      out[target.name, default: []].insert(key.name)
    }
    return out
  }

  private func alias(_ path: [String]) -> String { path.isEmpty ? "t0" : aliases[path] ?? "t0" }

  /// The parent path, foreign-key column, target table and its key for a join path.
  private func join(_ path: [String]) -> ([String], ColumnModel, TableModel, ColumnModel)? {
    let parent = Array(path.dropLast())
    guard let fk = table(at: parent)?.column(path.last ?? ""), let name = fk.referencedTable,
      let target = schema.table(name), let key = target.key
    else { return nil }
    return (parent, fk, target, key)
  }

  /// The table reached from the scanned one through `path`.
  func table(at path: [String]) -> TableModel? {
    var current: TableModel? = table
    for step in path {
      guard let next = current?.column(step)?.referencedTable else { return nil }
      current = schema.table(next)
    }
    return current
  }
}
