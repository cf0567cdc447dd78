/// Resolves a parsed schema into a `SchemaModel`, reporting every problem as a diagnostic.
public struct SchemaBuilder {
  private var diagnostics = DiagnosticBag()
  private var enums: [String: EnumModel] = [:]
  private var zoneDomains: [String: ZoneDomain] = [:]
  private var declared: [String: SourceRange] = [:]

  /// The model of `parsed` (when it has no errors) and the diagnostics found.
  public static func build(_ parsed: ParseResult) -> (SchemaModel?, DiagnosticBag) {
    guard let schema = parsed.schema else {
      var bag = parsed.diagnostics
      bag.report(
        Diagnostic(
          .unknownSchema, at: SourceRange(at: .start), "expected a schema ('schema NAME version N')"))
      return (nil, bag)
    }
    var builder = SchemaBuilder()
    let model = builder.resolve(schema, canonical: Formatter.format(parsed) ?? "")
    var bag = parsed.diagnostics
    bag.merge(builder.diagnostics)
    return (bag.hasErrors ? nil : model, bag)
  }

  private mutating func report(_ d: Diagnostic) { diagnostics.report(d) }

  mutating func reportProblem(_ d: Diagnostic) { diagnostics.report(d) }

  var enumNames: [String] { enums.keys.sorted() }

  var zoneNames: [String] { zoneDomains.keys.sorted() }

  private mutating func resolve(_ schema: Schema, canonical: String) -> SchemaModel {
    var unit: Identifier?
    var tables: [TableDecl] = []
    for item in schema.items {
      switch item {
      case .unit(let id):
        if let first = unit {
          report(duplicate("privacy unit", id, first: first.range))
        } else {
          unit = id
        }
      case .enumeration(let e): declareEnum(e)
      case .zones(let z): declareZones(z)
      case .table(let t):
        if declare(t.name) { tables.append(t) }
      }
    }
    if unit == nil {
      report(
        Diagnostic(
          .schemaUnit, at: schema.header.range, "a schema declares its privacy unit",
          notes: [DiagnosticNote("add 'unit employee' (or the person the data is about)")]))
    }
    let tableNames = Set(tables.map(\.name.name))
    let models = tables.map { resolveTable($0, unit: unit?.name, tables: tableNames) }
    return SchemaModel(
      name: schema.header.name.name, version: schema.header.version?.value ?? 0,
      title: schema.header.title?.value, unit: unit?.name ?? "", enums: enums,
      zoneDomains: zoneDomains, tables: models, canonicalSource: canonical)
  }

  private func duplicate(_ what: String, _ id: Identifier, first: SourceRange) -> Diagnostic {
    Diagnostic(
      .duplicateDeclaration, at: id.range, "duplicate \(what) '\(id.name)'",
      notes: [DiagnosticNote("first declared here", at: first)])
  }

  /// Records a top-level name; false (after a diagnostic) when it is taken.
  private mutating func declare(_ id: Identifier) -> Bool {
    if let first = declared[id.name] {
      report(duplicate("declaration", id, first: first))
      return false
    }
    if ValueType.builtins[id.name] != nil {
      report(
        Diagnostic(.duplicateDeclaration, at: id.range, "'\(id.name)' is a built-in type name"))
      return false
    }
    declared[id.name] = id.range
    return true
  }

  private mutating func declareEnum(_ e: EnumDecl) {
    guard declare(e.name) else { return }
    if e.cases.isEmpty {
      report(Diagnostic(.emptyDomain, at: e.range, "enum '\(e.name.name)' has no cases"))
    }
    var seen: [String: SourceRange] = [:]
    for c in e.cases {
      if let first = seen[c.name] { report(duplicate("enum case", c, first: first)) }
      seen[c.name] = seen[c.name] ?? c.range
    }
    enums[e.name.name] = EnumModel(name: e.name.name, cases: e.cases.map(\.name))
  }

  private mutating func declareZones(_ z: ZonesDecl) {
    guard declare(z.name) else { return }
    if z.entries.isEmpty {
      report(Diagnostic(.emptyDomain, at: z.range, "zone domain '\(z.name.name)' has no zones"))
    }
    var codes: [Int: SourceRange] = [:]
    var zones: [ZoneModel] = []
    for entry in z.entries {
      if let first = codes[entry.code.value] {
        report(
          Diagnostic(
            .invalidZone, at: entry.code.range, "duplicate zone code \(entry.code.text)",
            notes: [DiagnosticNote("first declared here", at: first)]))
      }
      codes[entry.code.value] = codes[entry.code.value] ?? entry.code.range
      guard let lat = ExactDecimal(entry.latitude), let lon = ExactDecimal(entry.longitude),
        ExactDecimal(units: -90) <= lat, lat <= ExactDecimal(units: 90),
        ExactDecimal(units: -180) <= lon, lon <= ExactDecimal(units: 180)
      else {
        report(
          Diagnostic(
            .invalidZone, at: entry.range,
            "zone \(entry.code.text) has an invalid reference point (\(entry.latitude), \(entry.longitude))",
            notes: [DiagnosticNote("latitude is within -90 .. 90, longitude within -180 .. 180")]))
        continue
      }
      // Zone codes are compared with script literals and reference points become parameter
      // values: both are run-time numbers.
      for (value, text, type) in [
        (ExactDecimal(units: entry.code.value), entry.code.text, ValueType.int), (lat, entry.latitude, .point),
        (lon, entry.longitude, .point),
      ] {
        if let problem = RuntimeNumbers.problem(with: value) {
          report(
            Diagnostic(
              .numberOutOfRange, at: entry.range, "zone \(entry.code.text): " + RuntimeNumbers.message(problem, text: text, type: type),
              notes: [DiagnosticNote(LiteralValue.rangeNote)]))
        }
      }
      zones.append(
        ZoneModel(
          code: entry.code.value, name: entry.name.value, latitude: lat, longitude: lon,
          weight: entry.weight?.value))
    }
    zoneDomains[z.name.name] = ZoneDomain(name: z.name.name, zones: zones)
  }
}
