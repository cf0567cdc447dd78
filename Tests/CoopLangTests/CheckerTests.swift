import CoopLang
import Foundation
import Testing

@Suite("Checker")
struct CheckerTests {
  static let registry = SchemaRegistry(directories: [Repository.url("Algorithms/schemas")])

  private func check(_ text: String) -> CheckResult {
    Checker.check(SourceText(path: "t.coop", text: text), registry: Self.registry)
  }

  private func script(_ path: String) throws -> CheckedScript {
    let result = Checker.check(SourceText(path: path, bytes: Repository.bytes(Repository.url(path))), registry: Self.registry)
    return try #require(result.script, "\(path): \(result.diagnostics.sorted.map(\.message))")
  }

  @Test("every Algorithm and example checks clean")
  func algorithms() {
    let files = Repository.files(under: "Algorithms", extensions: [".coop"])
    #expect(files.count >= 9)
    for url in files {
      let result = Checker.check(SourceText(path: url.path, bytes: Repository.bytes(url)), registry: Self.registry)
      #expect(result.diagnostics.sorted.isEmpty, "\(url.lastPathComponent): \(result.diagnostics.sorted.map { "\($0.id) \($0.message)" })")
    }
  }

  @Test("carpool: keys, cells, rows and the explicit split of ε")
  func carpool() throws {
    let s = try script("Algorithms/mobility/carpool.coop")
    #expect(s.keys.map(\.name) == ["home_zone", "work_zone"])
    #expect(s.keys.map(\.domain.size) == [24, 24])
    #expect(s.bounds.cells == CostRange(0, 576))
    #expect(s.bounds.rowsPerScannedRow == ["employees": 1, "sites": 1])
    #expect(s.privacy.noisyNumbers.map(\.name) == ["count", "mean_km"])
    #expect(s.privacy.noisyNumbers.map(\.epsilonMicros) == [600_000, 400_000])
    #expect(s.privacy.noisyNumbers.map(\.sensitivity) == [1, 40_000])
    #expect(s.columnsRead == ["employees": ["arrival", "days_on_site", "home", "home_zone", "mode", "site"], "sites": ["location", "zone"]])
  }

  @Test("the default split divides what is left evenly, rounding down")
  func defaultSplit() throws {
    let result = check("""
      algorithm t version 1
        uses mobility 1
      privacy
        unit employee
        epsilon 1
        min_group 5
      from employees e
      release
        a = sum(e.days_on_site)
        b = mean(e.days_on_site)
      """)
    let plan = try #require(result.script?.privacy)
    #expect(plan.noisyNumbers.map(\.epsilonMicros) == [333_333, 333_333, 333_333])
    #expect(plan.noisyNumbers.map(\.epsilonMicros).reduce(0, +) <= 1_000_000)
  }

  @Test("third places: rounds, per-round ε and the initial centres from the zone domain")
  func thirdPlaces() throws {
    let s = try script("Algorithms/mobility/third_places.coop")
    #expect(s.rounds == 2)
    #expect(s.privacy.epsilonPerRoundMicros == 600_000 && s.privacy.epsilonTotalMicros == 1_200_000)
    guard case .list(let centres)? = s.parameters.first?.initial else {
      Issue.record("no initial centres")
      return
    }
    #expect(centres.count == 6)
    // Saint-Denis (97411) is the most populous commune.
    #expect(centres.first == .point(latitude: ExactDecimal("-20.9331")!, longitude: ExactDecimal("55.447")!))
    #expect(s.combine.count == 1 && s.combine[0].key == "c")
  }

  @Test("inside an aggregate, a group key's name stands for its expression; elsewhere it is unknown")
  func keyNamesInReleases() throws {
    let s = try script("Algorithms/mobility/third_places.coop")
    let dlat = try #require(s.releases.first { $0.name == "dlat" }?.argument)
    // `centers[c]` is `centers[nearest(e.home, centers)]`: the key's expression, substituted.
    #expect("\(dlat)".contains("index(CoopLang.TypedExpr.param(\"centers\""))
    #expect("\(dlat)".contains("Builtin.nearest"))
    /// A script over the `centers` parameter, `body` after its `from` clause.
    func centres(_ body: String) -> CheckResult {
      check(
        """
        algorithm t version 1
          uses mobility 1
        param centers: list<point> max 4 init zone_centroids(3)
        privacy
          unit employee
          epsilon 1
          min_group 5
        from employees e
        """ + "\n" + body)
    }
    let outside = centres("where centers[c].lat < -21\ngroup by nearest(e.home, centers) as c\nrelease\n  n = count()")
    #expect(outside.script == nil)
    #expect(outside.diagnostics.sorted.contains { $0.message.hasPrefix("unknown name 'c'") })
    // At the edge, only a parameter is indexed: a literal list is refused by the checker.
    let literal = centres(
      "group by nearest(e.home, centers) as c\nrelease\n  d = sum(clamp(e.days_on_site - [1, 2, 3, 4][c], -7, 7))")
    #expect(literal.script == nil)
    #expect(literal.diagnostics.sorted.contains { $0.message == "only a list parameter can be indexed in a row expression" })
  }

  @Test("the static bounds hold the shared cost table")
  func costs() throws {
    let s = try script("Algorithms/examples/headcount.coop")
    // scan 1 + one site lookup; no filter; key e.site.zone costs 2; count costs 1, plus 1.
    #expect(s.bounds.costPerRow.min == 2)
    #expect(s.bounds.costPerRow.max == 2 + 2 + 1 + 1)
  }

  @Test("a second schema needs no code change")
  func secondSchema() throws {
    var registry = SchemaRegistry()
    let schema = """
      schema parking version 1
      unit employee
      enum Permit { none, shared, reserved }
      zones District {
        1 "North" at -20.90, 55.45 weight 1200
        2 "South" at -21.33, 55.47 weight 800
      }
      table lots {
        id: id key
        district: District
        spaces: int in 0 .. 2000
      }
      table permits rows per employee 0 .. 2 by holder {
        id: id key
        holder: id
        lot: ref lots
        kind: Permit
        since: time resolution 15 min
      }
      """
    #expect(!registry.add(SourceText(path: "parking.coopschema", text: schema)).hasErrors)
    let script = """
      algorithm permits version 1
        uses parking 1
      privacy
        unit employee
        epsilon 0.5
        min_group 5
      from permits p
      where p.since >= 07:00
      group by p.lot.district, p.kind
      release
        permits = count()
        spaces = sum(p.lot.spaces)
      """
    let result = Checker.check(SourceText(path: "p.coop", text: script), registry: registry)
    let checked = try #require(result.script, "\(result.diagnostics.sorted.map(\.message))")
    #expect(checked.bounds.cells.max == 6)
    // Two rows per employee: sensitivities double.
    #expect(checked.privacy.noisyNumbers.map(\.sensitivity) == [2, 4000])
  }

  @Test("manifests are byte-stable and hash what they say")
  func manifest() throws {
    let s = try script("Algorithms/mobility/carpool.coop")
    let a = Manifest(s) { "h\($0.utf8.count)" }.text
    let b = Manifest(s) { "h\($0.utf8.count)" }.text
    #expect(a == b)
    #expect(a.contains("\"hash\": \"h\(s.canonicalSource.utf8.count)\""))
    let object = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any]
    #expect((object?["rounds"] as? Int) == 1)
  }

  @Test("exact decimals")
  func decimals() {
    #expect(ExactDecimal("-21.40")?.description == "-21.4")
    #expect(ExactDecimal("0.000001")?.description == "0.000001")
    #expect(ExactDecimal("1.") == nil && ExactDecimal("x") == nil && ExactDecimal("-") == nil)
    #expect(ExactDecimal("2.5")!.gridUnits(decimals: 0) == 3)
    #expect(ExactDecimal("-2.5")!.gridUnits(decimals: 0) == -3)
    #expect(ExactDecimal("0.3")! < ExactDecimal("0.31")!)
    #expect(ExactDecimal("80")!.times(1000)?.description == "80000")
  }

  @Test("the 95% half-width of the discrete Laplace")
  func halfWidth() {
    // t = 1: P(|X| > w) = 2 e^{-(w+1)} / (1 + e^{-1}); w = 3 gives 0.0268, w = 2 gives 0.0729.
    #expect(AccuracyMath.laplaceHalfWidth(scale: 1, coverage: 0.95) == 3)
    #expect(AccuracyMath.laplaceHalfWidth(scale: 0.1, coverage: 0.95) == 0)
  }
}
