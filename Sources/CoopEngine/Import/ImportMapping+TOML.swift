import CoopLang
import TOMLKit

extension ImportMapping {
  /// Reads a mapping file's text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(MappingError) -> ImportMapping {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw MappingError(
        file: file, location: "line \(error.source.begin.line)",
        "invalid TOML: \(error.description)")
    } catch {
      throw MappingError(file: file, location: "", "invalid TOML")
    }
    let reader = MappingReader(file: file)
    return try reader.mapping(root)
  }
}

/// Walks a parsed mapping file, keeping the key path for messages.
struct MappingReader {
  let file: String

  func fail(_ path: String, _ message: String) -> MappingError {
    MappingError(file: file, location: path, message)
  }

  /// Fails on the first key of `table` outside `allowed`, suggesting the closest allowed one.
  func checkKeys(_ table: TOMLTable, at path: String, allowed: [String]) throws(MappingError) {
    for key in table.keys.sorted() where !allowed.contains(key) {
      let guess = Spelling.suggest(key, from: allowed).map { "; did you mean '\($0)'?" } ?? ""
      throw fail(
        join(path, key), "unknown key\(guess) (expected \(allowed.joined(separator: ", ")))")
    }
  }

  func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

  func string(_ value: TOMLValueConvertible?, at path: String) throws(MappingError) -> String? {
    guard let value else { return nil }
    guard let text = value.string else {
      throw fail(path, "expected a string, found \(Self.kind(value.type))")
    }
    return text
  }

  func table(_ value: TOMLValueConvertible?, at path: String) throws(MappingError) -> TOMLTable? {
    guard let value else { return nil }
    guard let table = value.table else {
      throw fail(path, "expected a table, found \(Self.kind(value.type))")
    }
    return table
  }

  /// A scalar in the store's text notation: strings as they are, booleans `true`/`false`.
  func scalar(_ value: TOMLValueConvertible, at path: String) throws(MappingError) -> String {
    if let text = value.string { return text }
    if let flag = value.bool { return flag ? "true" : "false" }
    if let number = value.int { return String(number) }
    if let number = value.double { return String(number) }
    throw fail(path, "expected a string, number or boolean, found \(Self.kind(value.type))")
  }

  /// `an integer`, `a table`…: how a TOML value's type is named in messages.
  static func kind(_ type: TOMLType) -> String {
    switch type {
    case .int: "an integer"
    case .array: "an array"
    case .double: "a float"
    case .bool: "a boolean"
    case .dateTime: "a date-time"
    default: "a \(type)"
    }
  }

  func mapping(_ root: TOMLTable) throws(MappingError) -> ImportMapping {
    try checkKeys(root, at: "", allowed: ["source", "tables"])
    var mapping = ImportMapping()
    if let source = try table(root["source"], at: "source") {
      try readSource(source, into: &mapping)
    }
    guard let tables = try table(root["tables"], at: "tables"), !tables.isEmpty else {
      throw fail("tables", "no table is mapped; add a [tables.NAME] section")
    }
    for name in tables.keys.sorted() {
      let path = "tables." + name
      guard let section = try table(tables[name], at: path) else { continue }
      mapping.tables.append(try tableMapping(name, section, at: path))
    }
    return mapping
  }

  private func readSource(_ source: TOMLTable, into mapping: inout ImportMapping)
    throws(MappingError)
  {
    try checkKeys(
      source, at: "source", allowed: ["format", "delimiter", "decimal", "encoding", "path"])
    if let format = try string(source["format"], at: "source.format") {
      guard let known = ImportMapping.Format(rawValue: format) else {
        throw fail("source.format", "unknown format '\(format)' (expected csv or sqlite)")
      }
      mapping.format = known
    }
    if let delimiter = try string(source["delimiter"], at: "source.delimiter") {
      let byte = delimiter == "tab" ? "\t" : delimiter
      guard byte.utf8.count == 1, let first = byte.utf8.first, first != 0x22, first != 0x0A,
        first != 0x0D
      else {
        throw fail(
          "source.delimiter", "a delimiter is one ASCII character other than a quote or line break")
      }
      mapping.delimiter = first
    }
    if let decimal = try string(source["decimal"], at: "source.decimal") {
      guard decimal == "." || decimal == "," else {
        throw fail("source.decimal", "the decimal separator is \".\" or \",\"")
      }
      mapping.decimalComma = decimal == ","
      if mapping.decimalComma, mapping.delimiter == 0x2C {
        throw fail("source.decimal", "a decimal comma needs another delimiter, such as \";\"")
      }
    }
    if let encoding = try string(source["encoding"], at: "source.encoding") {
      guard let known = ImportMapping.Encoding(rawValue: encoding.lowercased()) else {
        throw fail("source.encoding", "unknown encoding '\(encoding)' (expected utf-8 or latin1)")
      }
      mapping.encoding = known
    }
    mapping.path = try string(source["path"], at: "source.path")
  }

  private func tableMapping(_ name: String, _ section: TOMLTable, at path: String)
    throws(MappingError)
    -> TableMapping
  {
    try checkKeys(section, at: path, allowed: ["from", "columns"])
    var result = TableMapping(
      table: name, from: try string(section["from"], at: path + ".from"), columns: [:])
    if let columns = try table(section["columns"], at: path + ".columns") {
      for column in columns.keys.sorted() {
        let columnPath = path + ".columns." + column
        guard let value = columns[column] else { continue }
        result.columns[column] = try columnMapping(value, at: columnPath)
      }
    }
    return result
  }

  private func columnMapping(_ value: TOMLValueConvertible, at path: String) throws(MappingError)
    -> ColumnMapping
  {
    if let table = value.table, table["lat"] != nil || table["lon"] != nil {
      try checkKeys(table, at: path, allowed: ["lat", "lon"])
      guard let lat = table["lat"], let lon = table["lon"] else {
        throw fail(path, "a point needs both 'lat' and 'lon'")
      }
      return .point(
        latitude: try field(lat, at: path + ".lat"), longitude: try field(lon, at: path + ".lon"))
    }
    return .field(try field(value, at: path))
  }

  private func field(_ value: TOMLValueConvertible, at path: String) throws(MappingError)
    -> FieldMapping
  {
    if let column = value.string { return FieldMapping(column: column, keyPath: path) }
    guard let table = value.table else {
      throw fail(path, "expected a source column name or a table such as { column = \"…\" }")
    }
    try checkKeys(table, at: path, allowed: ["column", "value", "unit", "format", "map", "values"])
    var field = FieldMapping(
      column: try string(table["column"], at: path + ".column"),
      unit: try string(table["unit"], at: path + ".unit"),
      format: try string(table["format"], at: path + ".format"),
      lookup: try string(table["map"], at: path + ".map"), keyPath: path)
    if let constant = table["value"] { field.constant = try scalar(constant, at: path + ".value") }
    switch (field.column, field.constant) {
    case (nil, nil): throw fail(path, "give the source 'column' or a constant 'value'")
    case (.some, .some): throw fail(path, "give either 'column' or 'value', not both")
    default: break
    }
    if let values = try self.table(table["values"], at: path + ".values") {
      for key in values.keys {
        guard let target = values[key] else { continue }
        field.values[key] = try scalar(target, at: path + ".values." + key)
      }
    }
    return field
  }
}
