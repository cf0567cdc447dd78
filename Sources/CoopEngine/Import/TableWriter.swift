import Foundation

/// Replaces tables of an open store inside one transaction, checking every row first.
struct TableWriter {
  let store: EdgeStore
  let schema: StoreSchema
  let options: ImportOptions
  var problems: ProblemList
  /// Keys of the tables filled so far in this import.
  var batchKeys: [String: Set<String>] = [:]
  /// Keys of tables read from the store, loaded when first referred to.
  var storeKeys: [String: Set<String>] = [:]

  init(store: EdgeStore, schema: StoreSchema, options: ImportOptions) {
    self.store = store
    self.schema = schema
    self.options = options
    problems = ProblemList(limit: options.maxProblems, showValues: options.showValues)
  }

  var connection: SQLiteConnection { store.connection }

  private func failure(_ error: SQLiteError) -> ImportError {
    .store(.sqlite(path: store.path, error))
  }

  /// Replaces each input's table; rolls back and throws `.rejected` if any row is bad.
  mutating func replace(_ inputs: [(TableSource, any RowSource, TablePlan)]) throws(ImportError)
    -> [ImportSummary.Table]
  {
    do {
      // Foreign keys are checked here, row by row, with lines to report; 64 MiB of page cache
      // keeps a million-row table from spilling to the file before the commit.
      try connection.execute("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536")
      try connection.execute("BEGIN IMMEDIATE")
    } catch {
      throw failure(error)
    }
    var summary: [ImportSummary.Table] = []
    do {
      for (source, rows, plan) in inputs {
        var rows = rows
        let count = try fill(plan, from: &rows)
        summary.append(ImportSummary.Table(name: plan.table.name, rows: count, source: source.path))
      }
      try checkDependents(of: Set(inputs.map { $0.2.table.name }))
      guard problems.isEmpty else { throw ImportError.rejected(problems.rejection) }
      let record = try connection.prepare(StoreMetadata.recordImport)
      let now = StoreMetadata.timestamp(options.now)
      for table in summary {
        try record.bind(
          .text(table.name), .text(table.source), .integer(Int64(table.rows)), .text(now)
        ).run()
      }
      try connection.execute("COMMIT")
      return summary
    } catch {
      try? connection.execute("ROLLBACK")
      if let error = error as? ImportError { throw error }
      if let error = error as? SQLiteError { throw failure(error) }
      throw .request("import failed: \(error)")
    }
  }

  /// Checks and inserts every row of `rows` into `plan`'s table; returns the number of rows.
  private mutating func fill(_ plan: TablePlan, from rows: inout any RowSource) throws -> Int {
    let table = plan.table
    try connection.execute("DELETE FROM \(table.name)")
    let placeholders = Array(repeating: "?", count: plan.fields.count).joined(separator: ", ")
    let insert = try connection.prepare("INSERT INTO \(table.name) VALUES (\(placeholders))")
    var references: [(index: Int, table: String, known: Set<String>?)] = []
    for reference in plan.references {
      let known = reference.table == table.name ? nil : try keys(of: reference.table)
      references.append((reference.index, reference.table, known))
    }
    var deferred: [(line: Int, field: Int, key: String)] = []
    var seen: [String: Int] = [:]
    seen.reserveCapacity(rows.expectedRows)
    let keyIndex = plan.keyIndex
    let unit = table.model.rowsPerUnit.map { $0.upperBound <= 1 } == true ? schema.model.unit : nil
    // Rows per unit, counted by the unit column when it is not the key (the key is unique anyway).
    let unitIndex = plan.fields.firstIndex { $0.column.name == table.model.unitColumn && !$0.column.isKey }
    let mostPerUnit = table.model.rowsPerUnit?.upperBound ?? Int.max
    var perUnit: [String: Int] = [:]
    var count = 0
    var values = [SQLiteValue](repeating: .null, count: plan.fields.count)
    while true {
      let next: (line: Int, fields: [String?])?
      do {
        next = try rows.next()
      } catch {
        problems.add(rows.name, line: error.line, field: nil, .malformed(error.reason))
        break
      }
      guard let (line, fields) = next else { break }
      count += 1
      var good = true
      var keyRead = true
      if fields.count != plan.width {
        problems.add(
          rows.name, line: line, field: nil, .fieldCount(have: fields.count, want: plan.width))
        continue
      }
      for (i, field) in plan.fields.enumerated() {
        switch field.value(fields) {
        case .success(let value): values[i] = value
        case .failure(let problem):
          good = false
          if i == keyIndex { keyRead = false }
          problems.add(
            rows.name, line: line, field: field.label, problem, value: field.sourceText(fields))
        }
      }
      // A row's key counts even when another of its values is bad: a later duplicate is
      // still reported, and rows referring to it are not.
      if let keyIndex, keyRead {
        let key = Self.keyText(values[keyIndex])
        if let first = seen.updateValue(line, forKey: key) {
          seen[key] = first
          problems.add(
            rows.name, line: line, field: plan.fields[keyIndex].label,
            .duplicateKey(firstLine: first, unit: unit), value: key)
          continue
        }
      }
      guard good else { continue }
      if let unitIndex {
        let unitKey = Self.keyText(values[unitIndex])
        let rowsOfUnit = perUnit[unitKey, default: 0] + 1
        perUnit[unitKey] = rowsOfUnit
        if rowsOfUnit > mostPerUnit {
          problems.add(
            rows.name, line: line, field: plan.fields[unitIndex].label,
            .tooManyRowsPerUnit(unit: schema.model.unit, most: mostPerUnit), value: unitKey)
          continue
        }
      }
      for (index, target, known) in references {
        let key = Self.keyText(values[index])
        if let known {
          if !known.contains(key) {
            good = false
            problems.add(
              rows.name, line: line, field: plan.fields[index].label,
              .unknownReference(table: target, empty: known.isEmpty), value: key)
          }
        } else {
          deferred.append((line, index, key))
        }
      }
      if good, problems.isEmpty { try insert.bind(values).run() }
    }
    let ownKeys = Set(seen.keys)
    for (line, index, key) in deferred where !ownKeys.contains(key) {
      problems.add(
        rows.name, line: line, field: plan.fields[index].label,
        .unknownReference(table: table.name, empty: ownKeys.isEmpty), value: key)
    }
    batchKeys[table.name] = ownKeys
    return count
  }
}

extension FieldPlan {
  /// The raw source text of this field in `fields`, for `--show-values`.
  func sourceText(_ fields: [String?]) -> String? {
    constant ?? index.flatMap { $0 < fields.count ? fields[$0] : nil }
  }
}
