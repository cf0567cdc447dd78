extension Parser {
  /// `schema`: the header, then `unit`, `enum`, `zones` and `table` declarations.
  mutating func parseSchema() -> Schema {
    enter(.schema)
    let keyword = advance()
    let header = parseSchemaHeaderRest(keywordStart: keyword.range.start)
    var items: [SchemaItem] = []
    while !atEnd {
      panicking = false
      enter(.schema_item)
      if let item = parseSchemaItem() {
        items.append(item)
      } else {
        synchronizeToSchemaItem()
      }
    }
    return Schema(header: header, items: items, range: SourceRange(keyword.range.start, previousEnd))
  }

  private mutating func parseSchemaHeaderRest(keywordStart: SourceLocation) -> SchemaHeader {
    enter(.schema_header)
    let name = expectIdentifier("the schema's name") ?? Identifier("", SourceRange(at: previousEnd))
    var header = SchemaHeader(name: name, range: SourceRange(at: keywordStart))
    if expect(.version) != nil { header.version = expectInteger("a version number") }
    while atWord(.title) || atWord(.description) {
      panicking = false
      enter(.header_item)
      if acceptWord(.title) != nil {
        enter(.title_item)
        header.title = expectString("a title in double quotes")
      } else {
        advance()
        enter(.description_item)
        header.description = expectString("a description in double quotes")
      }
    }
    header.range = SourceRange(keywordStart, previousEnd)
    return header
  }

  private mutating func parseSchemaItem() -> SchemaItem? {
    switch current.kind {
    case .keyword(.enum): return parseEnumDecl().map { .enumeration($0) }
    case .keyword(.zones): return parseZonesDecl().map { .zones($0) }
    case .keyword(.table): return parseTableDecl().map { .table($0) }
    case .identifier where current.text == "unit":
      enter(.schema_unit)
      advance()
      return expectIdentifier("the privacy unit's name").map { .unit($0) }
    case .identifier:
      if let guess = Spelling.suggest(current.text, from: ["unit", "enum", "zones", "table"]),
        peek().kind == .identifier
      {
        error(
          .unknownKeyword, at: current.range,
          "unknown keyword '\(current.text)'; did you mean '\(guess)'?",
          fixIt: FixIt("replace with '\(guess)'", range: current.range, replacement: guess))
        panicking = false
        let kind: TokenKind = Keyword(rawValue: guess).map { .keyword($0) } ?? .identifier
        tokens[position] = Token(kind, current.range, guess)
        return parseSchemaItem()
      }
      fallthrough
    default:
      error(
        .unexpectedToken, at: current.range,
        "unexpected \(current.display); expected a declaration (unit, enum, zones, table)")
      return nil
    }
  }

  private mutating func synchronizeToSchemaItem() {
    if !atEnd, !startsSchemaItem { advance() }
    while !atEnd, !startsSchemaItem { advance() }
  }

  /// Whether the cursor is at a declaration, or a misspelled declaration word first on its line.
  private var startsSchemaItem: Bool {
    if case .keyword(let k) = current.kind, Keyword.schemaItems.contains(k) { return true }
    guard current.kind == .identifier, peek().kind == .identifier else { return false }
    if current.text == "unit" { return true }
    let firstOnLine = position == 0 || tokens[position - 1].range.end.line < current.range.start.line
    return firstOnLine && Spelling.suggest(current.text, from: ["enum", "zones", "table"]) != nil
  }

  /// `enum_decl`: `enum NAME { a, b, … }`.
  private mutating func parseEnumDecl() -> EnumDecl? {
    enter(.enum_decl)
    let keyword = advance()
    guard let name = expectIdentifier("the enum's name"),
      let open = expect(.leftBrace, "'{' and the enum's cases")
    else { return nil }
    var cases: [Identifier] = []
    while !at(.rightBrace) {
      guard let c = expectIdentifier("an enum case") else { return nil }
      cases.append(c)
      if accept(.comma) == nil { break }
    }
    guard closeDelimiter(.rightBrace, "}", opened: open) else { return nil }
    return EnumDecl(name: name, cases: cases, range: SourceRange(keyword.range.start, previousEnd))
  }

  /// `zones_decl`: `zones NAME { CODE "name" at LAT, LON [weight N] … }`.
  private mutating func parseZonesDecl() -> ZonesDecl? {
    enter(.zones_decl)
    let keyword = advance()
    guard let name = expectIdentifier("the zone domain's name"),
      let open = expect(.leftBrace, "'{' and the zones")
    else { return nil }
    var entries: [ZoneEntry] = []
    while current.kind == .number {
      guard let entry = parseZoneEntry() else { return nil }
      entries.append(entry)
    }
    guard closeDelimiter(.rightBrace, "}", opened: open) else { return nil }
    return ZonesDecl(name: name, entries: entries, range: SourceRange(keyword.range.start, previousEnd))
  }

  private mutating func parseZoneEntry() -> ZoneEntry? {
    enter(.zone_entry)
    guard let code = expectInteger("a zone code"),
      let name = expectString("the zone's name in double quotes"),
      expectWord(.at) != nil,
      let lat = parseSignedNumber("the latitude"),
      expect(.comma, "',' between latitude and longitude") != nil,
      let lon = parseSignedNumber("the longitude")
    else { return nil }
    var entry = ZoneEntry(
      code: code, name: name, latitude: lat, longitude: lon, range: code.range)
    if acceptWord(.weight) != nil {
      guard let weight = expectInteger("the zone's weight") else { return nil }
      entry.weight = weight
    }
    entry.range = SourceRange(code.range.start, previousEnd)
    return entry
  }

  /// `signed_number`, returned as written (`-21.34`).
  private mutating func parseSignedNumber(_ what: String) -> String? {
    enter(.signed_number)
    let sign = accept(.minus) != nil ? "-" : ""
    guard let (number, _) = expectPlainNumber(what) else { return nil }
    return sign + number.digits
  }

  /// `table_decl`: `table NAME [rows per UNIT N[..M] [by COLUMN]] { column… }`.
  private mutating func parseTableDecl() -> TableDecl? {
    enter(.table_decl)
    let keyword = advance()
    guard let name = expectIdentifier("the table's name") else { return nil }
    var rowsPer: RowsPer?
    if atWord(.rows) {
      enter(.rows_per)
      advance()
      guard expectWord(.per) != nil, let unit = expectIdentifier("the privacy unit"),
        let low = expectInteger("the number of rows per \(unit.name)")
      else { return nil }
      var high = low
      if accept(.dotDot) != nil {
        guard let h = expectInteger("the most rows per \(unit.name)") else { return nil }
        high = h
      }
      var column: Identifier?
      if accept(.by) != nil {
        guard let c = expectIdentifier("the column that identifies the \(unit.name)") else { return nil }
        column = c
      }
      rowsPer = RowsPer(unit: unit, min: low, max: high, column: column)
    }
    guard let open = expect(.leftBrace, "'{' and the table's columns") else { return nil }
    var columns: [ColumnDecl] = []
    while current.kind == .identifier || isMisplacedKeywordColumn {
      guard let column = parseColumnDecl() else { return nil }
      columns.append(column)
    }
    guard closeDelimiter(.rightBrace, "}", opened: open) else { return nil }
    return TableDecl(
      name: name, rowsPer: rowsPer, columns: columns,
      range: SourceRange(keyword.range.start, previousEnd))
  }

  private var isMisplacedKeywordColumn: Bool {
    if case .keyword = current.kind, peek().kind == .colon { return true }
    return false
  }

  /// `column_decl`: `NAME: TYPE attributes…`.
  private mutating func parseColumnDecl() -> ColumnDecl? {
    enter(.column_decl)
    guard let name = expectIdentifier("a column name"),
      expect(.colon, "':' and the column's type") != nil
    else { return nil }
    enter(.column_type)
    let type: ColumnType
    if atWord(.ref), peek().kind == .identifier {
      advance()
      guard let table = expectIdentifier("the referenced table") else { return nil }
      type = .reference(table)
    } else {
      guard let value = parseTypeRef() else { return nil }
      type = .value(value)
    }
    var column = ColumnDecl(name: name, type: type, isKey: false, range: name.range)
    while true {
      if atWord(.key) {
        enter(.column_attr)
        advance()
        column.isKey = true
      } else if at(.in) {
        enter(.column_attr)
        guard let bound = parseRangeBound() else { return nil }
        column.bound = bound
      } else if atWord(.resolution) {
        enter(.column_attr)
        advance()
        enter(.quantity)
        guard current.kind == .number else {
          expected("a resolution, e.g. 'resolution 5 min'")
          return nil
        }
        column.resolution = parsePrimary()
      } else {
        break
      }
    }
    column.range = SourceRange(name.range.start, previousEnd)
    return column
  }
}
