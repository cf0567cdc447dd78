extension TableWriter {
  /// The keys of `table`: this import's rows if it filled it, else the store's.
  mutating func keys(of table: String) throws -> Set<String> {
    if let keys = batchKeys[table] ?? storeKeys[table] { return keys }
    guard let key = schema.table(table)?.model.key?.name else { return [] }
    let statement = try connection.prepare("SELECT \(key) FROM \(table)")
    var keys: Set<String> = []
    while try statement.step() { keys.insert(statement.text(0) ?? "") }
    storeKeys[table] = keys
    return keys
  }

  /// Store tables not replaced whose foreign keys point into replaced tables must still find
  /// their rows.
  mutating func checkDependents(of replaced: Set<String>) throws {
    for table in schema.tables where !replaced.contains(table.name) {
      for column in table.model.columns {
        guard let target = column.referencedTable, replaced.contains(target),
          let key = schema.table(target)?.model.key?.name
        else { continue }
        let statement = try connection.prepare(
          "SELECT count(*) FROM \(table.name) WHERE \(column.name) NOT IN (SELECT \(key) FROM \(target))"
        )
        guard try statement.step() else { continue }
        let orphans = Int(statement.integer(0))
        if orphans > 0 {
          problems.add(
            store.path, line: nil, field: "table \(table.name)",
            .malformed(
              "\(orphans) row\(orphans == 1 ? "" : "s") refer to \(target) rows the new data no longer has; import \(table.name) again, or both tables together"
            ))
        }
      }
    }
  }

  /// The text of a key value, as foreign keys are compared.
  static func keyText(_ value: SQLiteValue) -> String {
    switch value {
    case .text(let text): text
    case .integer(let number): String(number)
    case .real(let number): String(number)
    case .blob, .null: ""
    }
  }
}
