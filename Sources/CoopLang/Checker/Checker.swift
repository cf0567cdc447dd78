/// The semantic checker: resolves names against the schema, types every expression, enforces
/// the safety rules that make a script bounded and private, and computes its privacy plan and
/// static bounds. One pass reports every problem it can find.
public struct Checker {
  let registry: SchemaRegistry
  let limits: CheckLimits
  var diagnostics = DiagnosticBag()
  var schema: SchemaModel?
  var table: TableModel?
  var alias: String?
  var parameters: [CheckedParameter] = []
  var rowsPerUnit = 1
  var releaseItems: [ReleaseItem] = []
  /// The items of the released values that checked, parallel to the checked releases.
  var checkedReleaseItems: [ReleaseItem] = []
  /// The group keys by name while releases are checked: inside an aggregate, a key's name
  /// stands for its expression (`centers[c]` with `group by nearest(e.home, centers) as c`).
  var keysInScope: [String: TypedExpr] = [:]

  /// Parses and checks a script or schema file.
  public static func check(
    _ source: SourceText, registry: SchemaRegistry, limits: CheckLimits = .standard
  ) -> CheckResult {
    check(Parser.parse(source), registry: registry, limits: limits)
  }

  /// Checks a parsed file. Schemas are built (and reported) by `SchemaBuilder`; scripts are
  /// checked against the registry's schemas.
  public static func check(
    _ parsed: ParseResult, registry: SchemaRegistry, limits: CheckLimits = .standard
  ) -> CheckResult {
    guard let script = parsed.script else {
      let (_, diagnostics) = SchemaBuilder.build(parsed)
      return CheckResult(source: parsed.source, script: nil, diagnostics: diagnostics)
    }
    var diagnostics = parsed.diagnostics
    // A script that does not parse is not checked further: its tree has holes.
    guard !parsed.diagnostics.hasErrors else {
      return CheckResult(source: parsed.source, script: nil, diagnostics: diagnostics)
    }
    var checker = Checker(registry: registry, limits: limits)
    let checked = checker.check(script, canonical: Formatter.format(parsed) ?? "")
    diagnostics.merge(checker.diagnostics)
    return CheckResult(
      source: parsed.source, script: diagnostics.hasErrors ? nil : checked, diagnostics: diagnostics)
  }

  mutating func report(_ d: Diagnostic) { diagnostics.report(d) }

  mutating func report(
    _ code: DiagnosticCode, _ range: SourceRange, _ message: String,
    notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
  ) {
    diagnostics.report(Diagnostic(code, at: range, message, notes: notes, fixIt: fixIt))
  }

  private mutating func check(_ s: Script, canonical: String) -> CheckedScript? {
    guard let schema = resolveSchema(s.header) else { return nil }
    self.schema = schema
    releaseItems = s.release ?? []
    if let version = s.header.version, version.value < 1 {
      report(.invalidLiteral, version.range, "versions start at 1")
    }
    let rounds = checkRounds(s)
    parameters = s.params.compactMap { checkParameter($0, all: s.params) }
    guard let from = s.from, let table = resolveTable(from) else { return nil }
    self.table = table
    self.alias = from.alias.name
    let filter = s.filter.map { checkCondition($0) }
    let keys = checkKeys(s.groupBy ?? [])
    let releases = checkReleases(s.release ?? [], keys: keys)
    let privacy = checkPrivacy(s.privacy, releases: releases, rounds: rounds)
    let combine = checkCombine(s.combine ?? [], keys: keys, releases: releases, rounds: rounds)
    guard let privacy else { return nil }
    let bounds = staticBounds(filter: filter, keys: keys, releases: releases, privacy: privacy)
    checkLimits(bounds, script: s)
    return CheckedScript(
      name: s.header.name.name, version: s.header.version?.value ?? 0, title: s.header.title?.value,
      description: s.header.description?.value, schema: schema, table: table,
      alias: from.alias.name, parameters: parameters, rounds: rounds, privacy: privacy,
      filter: filter, keys: keys, releases: releases, combine: combine, bounds: bounds,
      canonicalSource: canonical)
  }

  private mutating func resolveSchema(_ header: AlgorithmHeader) -> SchemaModel? {
    guard let uses = header.uses else { return nil }
    if let model = registry.schema(uses.name.name, version: uses.version.value) { return model }
    var notes: [DiagnosticNote] = []
    if let versions = registry.schemas[uses.name.name]?.keys.sorted(), !versions.isEmpty {
      notes.append(DiagnosticNote("available versions of '\(uses.name.name)': \(versions.map(String.init).joined(separator: ", "))"))
    } else if let failure = registry.failures[uses.name.name] {
      notes.append(DiagnosticNote("\(failure.source.path) has errors; run 'coop check' on it"))
    } else if let guess = Spelling.suggest(uses.name.name, from: registry.schemas.keys) {
      notes.append(DiagnosticNote("did you mean '\(guess)'?"))
    } else {
      notes.append(DiagnosticNote("schemas are looked up in Algorithms/schemas, or in the directory given with --schemas"))
    }
    report(
      .unknownSchema, uses.name.range.union(uses.version.range),
      "unknown schema '\(uses.name.name)' version \(uses.version.value)", notes: notes)
    return nil
  }

  private mutating func resolveTable(_ from: FromClause) -> TableModel? {
    guard let schema, let table = schema.table(from.table.name) else {
      let names = schema?.tables.map(\.name) ?? []
      let guess = Spelling.suggest(from.table.name, from: names)
      report(
        .unknownName, from.table.range,
        "unknown table '\(from.table.name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
        notes: [DiagnosticNote("tables of \(schema?.name ?? "the schema"): \(names.joined(separator: ", "))")],
        fixIt: guess.map { FixIt("replace with '\($0)'", range: from.table.range, replacement: $0) })
      return nil
    }
    guard let rows = table.rowsPerUnit else {
      report(
        .tableWithoutUnit, from.table.range,
        "table '\(table.name)' is not about the privacy unit: its sensitivity is unknown",
        notes: [DiagnosticNote("scripts read tables declared with 'rows per \(schema.unit) N'; reach other tables through foreign keys")])
      return nil
    }
    rowsPerUnit = Swift.max(1, rows.upperBound)
    return table
  }

  private mutating func checkRounds(_ s: Script) -> Int {
    guard let rounds = s.rounds else {
      if let combine = s.combine?.first {
        report(.roundsMismatch, combine.range, "'combine' needs 'rounds N' with N of at least 2")
      }
      return 1
    }
    guard (1...limits.maxRounds).contains(rounds.value) else {
      report(.limitExceeded, rounds.range, "rounds must be between 1 and \(limits.maxRounds)")
      return 1
    }
    if rounds.value > 1, s.combine == nil {
      report(
        .roundsMismatch, rounds.range,
        "\(rounds.value) rounds without 'combine': every round would compute the same thing")
    }
    return rounds.value
  }
}
