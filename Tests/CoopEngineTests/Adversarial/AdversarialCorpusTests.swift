import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// The adversarial corpus: every hostile script of `Tests/Adversarial` keeps the property its
/// header states (Tests/Adversarial/README.md).
///
/// - `refused E0xxx`: the checker refuses it with that diagnostic.
/// - `runs`: it checks; its privacy plan splits ε by position within the total; on every probe
///   (a store where the probed rows exist and one where they do not) `coop run` neither crashes
///   nor fails differently, and in this process each exact aggregate lies within its declared
///   bounds and the release (success, cells, key layout, noise, error text) is the same on both.
/// - `sheet: faithful`: the review sheet states the filter that runs, and nothing forges its
///   sections.
@Suite("Adversarial corpus")
struct AdversarialCorpusTests {
  @Test("the corpus has at least 30 cases, each stating its attack, property and expectation")
  func corpus() throws {
    #expect(AdversarialCase.names.count >= 30)
    for name in AdversarialCase.names {
      let c = try AdversarialCase.named(name)
      #expect(!c.attack.isEmpty, "\(name): no '# Attack:' line")
      #expect(!c.property.isEmpty, "\(name): no '# Property:' line")
      #expect(!c.expected.isEmpty, "\(name): no '# expect:' line")
      if c.expected.contains(.runs) {
        #expect(!c.probes.isEmpty, "\(name): a case that runs names at least one '# probe:'")
      } else {
        #expect(
          c.probes.isEmpty && !c.sheetFaithful, "\(name): probes and sheets are for cases that run")
      }
      for probe in c.probes {
        #expect(AdversarialProbe.all[probe] != nil, "\(name): unknown probe '\(probe)'")
      }
    }
  }

  @Test(
    "every probe gives a pair of stores that differ in the probed rows, in the layout the engine verifies",
    arguments: AdversarialProbe.all.keys.sorted())
  func probe(name: String) throws {
    let probe = try #require(AdversarialProbe.all[name])
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let (with, without) = try probe.stores(in: dir.path)
    let base = try AdversarialStores.base.get()
    let rows = try AdversarialStores.rows(base, "employees")
    #expect(rows > 1000)
    #expect(
      try AdversarialStores.rows(with, "employees") == (name == "crowd" ? rows + 20_000 : rows))
    #expect(try AdversarialStores.rows(without, "employees") == (name == "crowd" ? rows : rows - 1))
    // The target's row is what the probe says (short values quoted, long ones by type and size).
    let columns = [
      "site", "home_zone", "home_lat", "home_lon", "mode", "arrival", "departure", "days_on_site",
      "telework_eligible",
    ]
    let shown = columns.map {
      "CASE WHEN length(\($0)) >= 64 THEN typeof(\($0)) || length(\($0)) ELSE quote(\($0)) END"
    }
    let target =
      "SELECT " + shown.joined(separator: " || ',' || ")
      + " FROM employees WHERE \(AdversarialProbe.target)"
    let (before, after) = (
      try AdversarialStores.text(base, target), try AdversarialStores.text(with, target)
    )
    if name == "neighbour" || name == "crowd" {
      #expect(after == before)
    } else {
      #expect(after != before, "the probe did not change its target: \(after ?? "no row")")
    }
    if name == "null-row" { #expect(after == "NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL") }
    if name == "giant-value" { #expect(after?.hasSuffix(",blob314572800") == true) }
    // The probed store still has the layout the engine verifies.
    let schema = try #require(ExecutorFixture.registry.schema("mobility", version: 1))
    try EdgeStore(readingAt: with).verify(matches: StoreSchema(schema))
  }

  @Test("each case keeps its property", arguments: AdversarialCase.names)
  func property(name: String) throws {
    let c = try AdversarialCase.named(name)
    if let issue = c.knownIssue {
      withKnownIssue(Comment(rawValue: issue)) { try AdversarialCheck.check(c) }
    } else {
      try AdversarialCheck.check(c)
    }
  }
}

/// The checks behind each property.
enum AdversarialCheck {
  static func check(_ c: AdversarialCase) throws {
    let result = Checker.check(
      SourceText(path: c.path, bytes: c.source), registry: ExecutorFixture.registry)
    let errors = Set(
      result.diagnostics.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue))
    let refusals = c.expected.compactMap { outcome -> String? in
      if case .refused(let code) = outcome { return code }
      return nil
    }
    guard let script = result.script else {
      #expect(
        refusals.contains(where: errors.contains),
        "\(c.name): refused with \(errors.sorted()), expected \(c.expected.map(\.description).joined(separator: " or "))"
      )
      return
    }
    guard c.expected.contains(.runs) else {
      Issue.record(
        "\(c.name): the checker accepts it; expected \(c.expected.map(\.description).joined(separator: " or "))"
      )
      return
    }
    privacyPlan(script, c)
    if c.sheetFaithful { try sheet(script, c) }
    for probe in c.probes { try run(script, c, probe: probe) }
  }

  // MARK: - Privacy plan

  /// ε is split by position: number 0 is the cell count (sensitivity: rows per unit), then one
  /// noisy sum per sum or mean in release order, each named after it; the shares are positive
  /// and add up to at most ε per round.
  static func privacyPlan(_ script: CheckedScript, _ c: AdversarialCase) {
    let plan = script.privacy
    let sums = script.releases.filter { $0.kind != .count }
    #expect(
      plan.noisyNumbers.count == 1 + sums.count,
      "\(c.name): \(plan.noisyNumbers.count) noisy numbers")
    #expect(
      plan.noisyNumbers.first?.sensitivity == plan.rowsPerUnit
        && plan.noisyNumbers.first?.decimals == 0)
    for (i, r) in sums.enumerated() where plan.noisyNumbers.indices.contains(i + 1) {
      #expect(
        plan.noisyNumbers[i + 1].name == r.name,
        "\(c.name): noisy number \(i + 1) is not '\(r.name)'")
    }
    // An explicit share is its own value's noisy number's (found by position, never by name).
    let items = Parser.parse(SourceText(path: c.path, bytes: c.source)).script?.release ?? []
    for (i, r) in script.releases.enumerated() {
      guard let item = items.first(where: { $0.name.name == r.name }), let share = item.epsilon,
        let micros = ExactDecimal(share.digits)?.rescaled(to: 6)?.units
      else { continue }
      let position = PrivacyPlan.noisyNumberIndex(ofRelease: i, in: script.releases)
      #expect(
        plan.noisyNumbers.indices.contains(position)
          && plan.noisyNumbers[position].epsilonMicros == micros,
        "\(c.name): '\(r.name)' asks for ε \(share.digits) and its noisy number \(position) has another share"
      )
    }
    #expect(plan.noisyNumbers.allSatisfy { $0.epsilonMicros > 0 && $0.isWithinSamplerRange })
    let total = plan.noisyNumbers.reduce(0) { $0 + $1.epsilonMicros }
    #expect(
      total <= plan.epsilonPerRoundMicros,
      "\(c.name): shares \(total) above ε \(plan.epsilonPerRoundMicros)")
  }

  // MARK: - Review sheet

  /// The sheet has no control or bidirectional character but newlines, each section heading
  /// once, and the filter on one line whose text, put back in the script, checks to the same
  /// expression.
  static func sheet(_ script: CheckedScript, _ c: AdversarialCase) throws {
    let sheet = ReviewSheet(script).render(.text)
    let hidden = sheet.unicodeScalars.filter { $0 != "\n" && VisibleText.isControl($0) }
    #expect(hidden.isEmpty, "\(c.name): the sheet holds \(hidden.map(VisibleText.codePoint))")
    let lines = sheet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for heading in [
      "What it reads", "What it releases", "Privacy cost", "Worst-case cost and size", "Warnings",
    ] {
      #expect(
        lines.filter { $0 == heading }.count == 1,
        "\(c.name): the heading '\(heading)' is not shown once")
    }
    guard let filter = script.filter else { return }
    let prefix = "Rows counted: those where "
    let found = lines.indices.filter { lines[$0].hasPrefix(prefix) }
    #expect(found.count == 1, "\(c.name): \(found.count) lines state the rows counted")
    guard let i = found.first else { return }
    #expect(
      lines[i].hasSuffix(".") && (i + 1 == lines.count || lines[i + 1].isEmpty),
      "\(c.name): the condition spans lines")
    let stated = String(lines[i].dropFirst(prefix.count).dropLast())
    var replaced = false
    let source = String(decoding: c.source, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { line -> String in
      guard !replaced, line.hasPrefix("where ") else { return String(line) }
      replaced = true
      return "where " + stated
    }
    #expect(replaced, "\(c.name): the sheet check needs the script's where clause on one line")
    let again = Checker.check(
      SourceText(path: c.path, text: source.joined(separator: "\n")),
      registry: ExecutorFixture.registry)
    guard let reread = again.script?.filter else {
      Issue.record("\(c.name): the sheet's condition does not check: \(stated)")
      return
    }
    #expect(
      same(reread, filter),
      "\(c.name): the sheet says '\(stated)', which is not the condition that runs")
  }

  /// Structural equality of checked expressions, numbers compared by value (`0.5 km` is `500 m`).
  static func same(_ a: TypedExpr, _ b: TypedExpr) -> Bool {
    switch (a, b) {
    case (.number(let x, let s), .number(let y, let t)): return s == t && !(x < y) && !(y < x)
    case (.unary(let o, let x, let s), .unary(let p, let y, let t)):
      return o == p && s == t && same(x, y)
    case (.binary(let o, let x1, let x2, let s), .binary(let p, let y1, let y2, let t)):
      return o == p && s == t && same(x1, y1) && same(x2, y2)
    case (.call(let f, let xs, let s), .call(let g, let ys, let t)):
      return f == g && s == t && xs.count == ys.count && zip(xs, ys).allSatisfy { same($0, $1) }
    case (.coordinate(let x, let k), .coordinate(let y, let l)): return k == l && same(x, y)
    case (.list(let xs, let s), .list(let ys, let t)):
      return s == t && xs.count == ys.count && zip(xs, ys).allSatisfy { same($0, $1) }
    case (.index(let x, let i, let s), .index(let y, let j, let t)):
      return s == t && same(x, y) && same(i, j)
    default: return a == b
    }
  }

  // MARK: - Runs

  /// What a run showed, compared between the two stores of a probe.
  struct Layout: Equatable, CustomStringConvertible {
    var error: String?
    var keyNames: [String] = []
    var values: [ReleasedValueSpec] = []
    var keys: [[CellKey]] = []
    var noises: [[String]] = []
    var suppressed = 0

    var description: String {
      if let error { return "failed: \(error)" }
      return
        "released \(keys.count) cells keyed by \(keyNames), values \(values.map(\.name)), \(suppressed) suppressed"
    }
  }

  /// The run properties on one probe's pair of stores.
  static func run(_ script: CheckedScript, _ c: AdversarialCase, probe name: String) throws {
    guard let probe = AdversarialProbe.all[name] else {
      Issue.record("\(c.name): unknown probe '\(name)'")
      return
    }
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let (with, without) = try probe.stores(in: dir.path)
    let label = "\(c.name) on probe \(name) (\(probe.summary))"
    func normalized(_ text: String) -> String {
      text.replacingOccurrences(of: dir.path + "/without", with: "<store>")
        .replacingOccurrences(of: dir.path + "/with", with: "<store>")
    }

    // 1. Whole runs in child processes, as an author runs them: a crash must not take this
    // process down, and is itself a failure that could reveal the probed rows.
    let children = try [with, without].map { store in
      try CoopChild.run(c.path, store: store, ledger: store + ".ledger")
    }
    for (side, child) in zip(["with", "without"], children) where child.crashed {
      Issue.record(
        "\(label): `coop run` crashed (signal \(child.status)) on the store \(side) the probed rows: \(child.errors)"
      )
    }
    let agree =
      children[0].crashed == children[1].crashed && children[0].status == children[1].status
      && normalized(children[0].errors) == normalized(children[1].errors)
    #expect(
      agree,
      "\(label): `coop run` exits \(children[0].status) with the probed rows, \(children[1].status) without: '\(normalized(children[0].errors))' / '\(normalized(children[1].errors))'"
    )
    #expect(
      children.allSatisfy { $0.status == 0 },
      "\(label): `coop run` fails: \(children.map { normalized($0.errors) })")
    // Once the runs differ the property is broken; running the store in this process as well
    // would only add noise (SQLite's heap limit is process-wide: one run's oversized read makes
    // concurrent runs hit it).
    guard agree, !children.contains(where: \.crashed) else { return }

    // 2. In this process: the exact aggregates lie within their bounds, and the release has the
    // same layout on both stores.
    var layouts: [Layout] = []
    for store in [with, without] {
      let before = try FileManager.default.attributesOfItem(atPath: store)
      layouts.append(try release(script, store: store, label: label, normalized: normalized))
      let after = try FileManager.default.attributesOfItem(atPath: store)
      #expect(
        before[.size] as? Int == after[.size] as? Int
          && before[.modificationDate] as? Date == after[.modificationDate] as? Date,
        "\(label): the run changed the store")
    }
    #expect(
      layouts[0] == layouts[1],
      "\(label): with the probed rows \(layouts[0]); without them \(layouts[1])")
    #expect(layouts[0].error == nil, "\(label): the run fails: \(layouts[0].description)")
  }

  /// Exact aggregates checked against their bounds, then a release (federated, every cell, a
  /// fixed noise seed) reduced to its layout; a failure is its normalized message.
  static func release(
    _ script: CheckedScript, store: String, label: String, normalized: (String) -> String
  ) throws -> Layout {
    do {
      let exact = try Executor.exactAggregates(script, store: store, parameters: [:])
      try bounds(exact, script, store: store, label: label)
      var random = SplitMixBits(seed: 2026)
      let outcome = try Executor.run(
        script, store: store, parameters: [:], round: 1, mode: .federated(localMinGroup: nil),
        random: &random)
      let table = outcome.table
      // Each value's noise is its own noisy number's, by position (a sum may be named `count`).
      let plan = script.privacy.noisyNumbers
      let labels = try plan.map { n in
        "laplace:\(try Rational(n.sensitivity.saturatingMultiplied(by: 1_000_000), n.epsilonMicros))"
      }
      let sums = script.releases.filter { $0.kind != .count }
      for cell in table.cells {
        #expect(
          cell.count.noise == labels.first,
          "\(label): the cell count's noise is \(cell.count.noise)")
        for (i, r) in sums.enumerated() where labels.indices.contains(i + 1) {
          #expect(
            cell.sums[r.name]?.noise == labels[i + 1],
            "\(label): '\(r.name)' has the noise of another value")
        }
      }
      return Layout(
        keyNames: table.keyNames, values: table.values, keys: table.cells.map(\.key),
        noises: table.cells.map {
          [$0.count.noise]
            + $0.sums.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.noise)" }
        },
        suppressed: table.suppressed)
    } catch {
      return Layout(error: normalized("\(error)"))
    }
  }

  /// Every cell of the key domain is present; each count is at most the rows read and all counts
  /// together too (a row is in one cell at most); each sum lies within count × [low, high] on its
  /// grid; the steps stay within the static cost.
  static func bounds(
    _ exact: ExactAggregates, _ script: CheckedScript, store: String, label: String
  ) throws {
    let rows = try AdversarialStores.rows(store, script.table.name)
    #expect(exact.rowsScanned == rows, "\(label): \(exact.rowsScanned) rows scanned of \(rows)")
    #expect(
      exact.counts.count == script.bounds.cells.max,
      "\(label): \(exact.counts.count) cells for a domain of \(script.bounds.cells.max)")
    #expect(
      exact.counts.allSatisfy { $0 >= 0 && $0 <= rows * script.privacy.rowsPerUnit },
      "\(label): a count outside 0 ... \(rows)")
    #expect(
      exact.counts.reduce(0, +) <= rows * script.privacy.rowsPerUnit,
      "\(label): the counts add up to more than the rows")
    let sums = script.releases.filter { $0.kind != .count }
    #expect(exact.sums.count == sums.count)
    for (r, values) in zip(sums, exact.sums) {
      guard let b = r.valueBounds, let low = b.lowerBound.gridUnits(decimals: r.decimals),
        let high = b.upperBound.gridUnits(decimals: r.decimals)
      else {
        Issue.record("\(label): '\(r.name)' has no bounds on its grid")
        continue
      }
      let outside = zip(exact.counts, values).filter { count, sum in
        Int128(sum) < Int128(count) * Int128(low) || Int128(sum) > Int128(count) * Int128(high)
      }
      #expect(
        outside.isEmpty,
        "\(label): '\(r.name)' has \(outside.count) cells outside count × [\(low), \(high)], e.g. \(outside.first.map { "count \($0.0), sum \($0.1)" } ?? "")"
      )
    }
    #expect(
      exact.steps <= script.bounds.costPerRow.max * rows,
      "\(label): \(exact.steps) steps for \(rows) rows")
  }
}

/// `coop run` in a child process (the `coop` executable built next to the tests).
enum CoopChild {
  struct Result {
    var status: Int32
    var crashed: Bool
    var errors: String
  }

  /// The `coop` executable of this build: next to the test bundle, or one level up.
  static var executable: String? {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return [products, products.deletingLastPathComponent()].map {
      $0.appendingPathComponent("coop").path
    }
    .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs `coop run script --data store` with a fresh ledger; standard output is discarded,
  /// standard error kept. A run still going after `timeout` seconds is killed and counts as a
  /// crash.
  static func run(_ script: String, store: String, ledger: String, timeout: Double = 300) throws
    -> Result
  {
    guard let executable else {
      throw AdversarialFailure(
        "the coop executable is not built next to the tests (swift build --build-tests builds it)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "run", script, "--data", store, "--ledger", ledger, "--budget", "10", "--schemas",
      ExecutorFixture.root.appendingPathComponent("Algorithms/schemas").path,
    ]
    let errorsFile = store + ".stderr"
    FileManager.default.createFile(atPath: errorsFile, contents: nil)
    let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsFile))
    defer { try? errors.close() }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    var timedOut = false
    if process.isRunning {
      timedOut = true
      process.terminate()
    }
    process.waitUntilExit()
    let text = (try? String(contentsOfFile: errorsFile, encoding: .utf8)) ?? ""
    return Result(
      status: process.terminationStatus,
      crashed: timedOut || process.terminationReason == .uncaughtSignal,
      errors: text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
