import CoopLang

/// Checks a table's mapping against the schema and the source's header, and builds its plan.
struct TablePlanner {
  let schema: StoreSchema
  let mapping: ImportMapping
  let options: ImportOptions
  /// The mapping file, for messages.
  let file: String

  func fail(_ path: String, _ message: String) -> MappingError {
    MappingError(file: file, location: path, message)
  }

  /// The plan for `tableMapping` over a source whose header is `header` (named `sourceName`).
  func plan(_ tableMapping: TableMapping, header: [String], sourceName: String) throws(MappingError)
    -> TablePlan
  {
    let path = "tables." + tableMapping.table
    guard let table = schema.table(tableMapping.table) else {
      let names = schema.tables.map(\.name)
      let guess =
        Spelling.suggest(tableMapping.table, from: names).map { "; did you mean '\($0)'?" } ?? ""
      throw fail(path, "schema \(schema.model.name) has no table '\(tableMapping.table)'\(guess)")
    }
    let modelColumns = table.model.columns.map(\.name)
    for name in tableMapping.columns.keys.sorted() where !modelColumns.contains(name) {
      let guess = Spelling.suggest(name, from: modelColumns).map { "; did you mean '\($0)'?" } ?? ""
      throw fail(path + ".columns." + name, "table \(table.name) has no column '\(name)'\(guess)")
    }
    var indexes: [String: Int] = [:]
    for (i, name) in header.enumerated() where indexes[name] == nil { indexes[name] = i }
    var fields: [FieldPlan] = []
    for column in table.model.columns {
      let columnPath = path + ".columns." + column.name
      let mapping =
        tableMapping.columns[column.name] ?? Self.identity(column, at: columnPath + " (default)")
      switch (column.type, mapping) {
      case (.point, .point(let lat, let lon)):
        fields.append(
          try field(column, lat, target: column.name + "_lat", indexes, header, sourceName))
        fields.append(
          try field(column, lon, target: column.name + "_lon", indexes, header, sourceName))
      case (.point, .field):
        throw fail(
          columnPath, "\(column.name) is a point: map it with { lat = \"…\", lon = \"…\" }")
      case (_, .point):
        throw fail(
          columnPath,
          "\(column.name) is a \(column.type), not a point: 'lat' and 'lon' do not apply")
      case (_, .field(let source)):
        fields.append(try field(column, source, target: column.name, indexes, header, sourceName))
      }
    }
    return TablePlan(table: table, fields: fields, width: header.count)
  }

  /// The default mapping: the same-named source column (`<name>_lat`, `<name>_lon` for points).
  static func identity(_ column: ColumnModel, at path: String) -> ColumnMapping {
    if column.type == .point {
      return .point(
        latitude: FieldMapping(column: column.name + "_lat", keyPath: path),
        longitude: FieldMapping(column: column.name + "_lon", keyPath: path))
    }
    return .field(FieldMapping(column: column.name, keyPath: path))
  }

  private func field(
    _ column: ColumnModel, _ source: FieldMapping, target: String, _ indexes: [String: Int],
    _ header: [String], _ sourceName: String
  ) throws(MappingError) -> FieldPlan {
    var index: Int?
    if let name = source.column {
      guard let found = indexes[name] else {
        let shown = header.prefix(30).map { "'\($0)'" }.joined(separator: ", ")
        let guess = Spelling.suggest(name, from: header).map { "did you mean '\($0)'? " } ?? ""
        throw fail(
          source.keyPath, "\(sourceName) has no column '\(name)'; \(guess)its columns are \(shown)")
      }
      index = found
    }
    let reader = try self.reader(column, source, coordinate: target.hasSuffix("_lon") ? 180 : 90)
    let storeReader = try self.reader(
      column, FieldMapping(column: nil, keyPath: source.keyPath),
      coordinate: target.hasSuffix("_lon") ? 180 : 90,
      storeNotation: true)
    for (key, replacement) in source.values.sorted(by: { $0.key < $1.key }) {
      if case .failure(let problem) = storeReader.read(replacement) {
        throw fail(
          source.keyPath + ".values." + key, "cannot store this for \(column.name): \(problem)")
      }
    }
    if let constant = source.constant, case .failure(let problem) = reader.read(constant) {
      throw fail(source.keyPath + ".value", "cannot store this for \(column.name): \(problem)")
    }
    return FieldPlan(
      column: column, target: target, index: index, sourceName: source.column,
      constant: source.constant, reader: reader, values: source.values, storeReader: storeReader)
  }
}
