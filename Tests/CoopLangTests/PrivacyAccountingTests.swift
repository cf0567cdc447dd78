import CoopLang
import Foundation
import Testing

/// The checker's privacy accounting: ε is split by position (the cell count, then one noisy sum
/// per sum or mean release), never by name; the shares never exceed ε per round; the manifest
/// shows each value's own sensitivity and ε; every accepted noise scale is one the sampler draws.
@Suite("Privacy accounting")
struct PrivacyAccountingTests {
  static let registry = CheckerTests.registry

  private func check(_ text: String) -> CheckResult {
    Checker.check(SourceText(path: "t.coop", text: text), registry: Self.registry)
  }

  /// A script over `employees e` with `release` lines (separated by newlines), an optional
  /// `head` before `privacy`, ε setting and `where` condition.
  private func check(release: String, head: String = "", epsilon: String = "epsilon 1", filter: String? = nil) -> CheckResult {
    check(
      "algorithm t version 1\n  uses mobility 1\n\(head)privacy\n  unit employee\n  \(epsilon)\n  min_group 5\n"
        + "from employees e\n" + (filter.map { "where \($0)\n" } ?? "") + "release\n"
        + release.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n")
  }

  /// The fields of a JSON object, or of its `key` member.
  private func fields(_ json: CanonicalJSON) -> [String: CanonicalJSON] {
    if case .object(let f) = json { return f }
    return [:]
  }

  private func items(_ json: CanonicalJSON?) -> [CanonicalJSON] {
    if case .array(let a)? = json { return a }
    return []
  }

  private func string(_ json: CanonicalJSON?) -> String? {
    if case .string(let s)? = json { return s }
    return nil
  }

  /// Checks the invariants of an accepted script's plan and manifest; `label` names the script.
  private func expectSound(_ s: CheckedScript, _ label: String) {
    let plan = s.privacy
    let sums = s.releases.filter { $0.kind != .count }
    #expect(plan.noisyNumbers.count == 1 + sums.count, "\(label): one count plus one number per sum/mean")
    let spent = plan.noisyNumbers.map(\.epsilonMicros).reduce(0, +)
    #expect(spent <= plan.epsilonPerRoundMicros, "\(label): Σ ε of the noisy numbers \(spent) > \(plan.epsilonPerRoundMicros)")
    let paid = plan.noisyNumbers.allSatisfy { $0.epsilonMicros >= 1 }
    #expect(paid, "\(label): a noisy number without ε")
    let drawable = plan.noisyNumbers.allSatisfy { $0.isWithinSamplerRange }
    #expect(drawable, "\(label): a noise scale the sampler refuses")
    #expect(plan.noisyNumbers[0].sensitivity == plan.rowsPerUnit && plan.noisyNumbers[0].decimals == 0, "\(label): number 0 is the count")
    for (i, sum) in sums.enumerated() {
      #expect(plan.noisyNumbers[i + 1].name == sum.name && plan.noisyNumbers[i + 1].decimals == sum.decimals, "\(label): number \(i + 1)")
    }
    // The manifest shows each released value with its own noisy number.
    let manifest = fields(Manifest(s) { _ in "" }.json)
    let released = items(manifest["releases"])
    #expect(released.count == s.releases.count)
    let listed = items(fields(manifest["privacy"] ?? .null)["noisyNumbers"])
    #expect(listed.count == plan.noisyNumbers.count)
    for (i, entry) in released.enumerated() where i < s.releases.count {
      let position = PrivacyPlan.noisyNumberIndex(ofRelease: i, in: s.releases)
      let n = plan.noisyNumbers[position]
      let json = fields(entry)
      #expect(string(json["name"]) == s.releases[i].name)
      #expect(string(json["epsilon"]) == ExactDecimal(units: n.epsilonMicros, scale: 6).description, "\(label): ε of \(s.releases[i].name)")
      let sensitivity = Double(n.sensitivity) / pow(10, Double(n.decimals)) / Double(n.displayFactor)
      #expect(string(json["sensitivity"]) == Accuracy.format(sensitivity), "\(label): sensitivity of \(s.releases[i].name)")
      #expect(s.releases[i].kind == .count ? position == 0 : position > 0)
    }
  }

  @Test("every Algorithm and every accepted conformance script spends at most ε per round")
  func corpus() {
    var checked = 0
    for url in Repository.files(under: "Algorithms", extensions: [".coop"]) {
      let result = Checker.check(SourceText(path: url.path, bytes: Repository.bytes(url)), registry: Self.registry)
      guard let s = result.script else {
        Issue.record("\(url.lastPathComponent) does not check")
        continue
      }
      expectSound(s, url.lastPathComponent)
      checked += 1
    }
    for chunk in ConformanceChunk.all() {
      guard let s = Checker.check(chunk.source, registry: Self.registry).script else { continue }
      expectSound(s, chunk.description)
      checked += 1
    }
    #expect(checked >= 20)
  }

  /// One generated release and what the model expects of it.
  private struct GeneratedRelease {
    var name: String
    var kind: CheckedRelease.Kind
    var source: String
    var share: Int?
    /// Sensitivity in grid units (rows per unit is 1 for employees).
    var sensitivity: Int
    var displaySensitivity: String
  }

  @Test("thousands of generated release clauses: shares by position, names never shared")
  func generated() throws {
    var random = TestRandom(seed: 2026)
    let aggregates: [(CheckedRelease.Kind, String, Int, String)] = [
      (.count, "count()", 1, "1"),
      (.sum, "sum(e.days_on_site)", 7, "7"),
      (.mean, "mean(clamp(distance(e.home, e.site.location), 0 km, 40 km))", 40_000, "40"),
      (.sum, "sum(clamp(e.home.lat, -0.05, 0.05))", 500, "0.05"),
    ]
    let names = ["count", "sum", "mean", "n", "total", "km", "epsilon_share"]
    var outcomes: [String: Int] = [:]
    for round in 0..<3000 {
      let perRound = [1_000_000, 500_000, 100_000, 2_000_000, 7][random.below(5)] + random.below(3)
      var used: Set<String> = []
      var releases: [GeneratedRelease] = []
      for i in 0...random.below(6) {
        var name = random.pick(names)
        if !used.insert(name).inserted { name += "_\(i)" }
        used.insert(name)
        let (kind, source, sensitivity, display) = random.pick(aggregates)
        let share: Int? =
          random.chance(50)
          ? [perRound / 2, perRound / 3, perRound / 10, 1, perRound, random.below(perRound) + 1][random.below(6)]
          : nil
        releases.append(
          GeneratedRelease(name: name, kind: kind, source: source, share: share.map { max(1, $0) }, sensitivity: sensitivity, displaySensitivity: display))
      }
      // Two count() releases with explicit shares that happen to be equal are a case of their own.
      if random.chance(10), let first = releases.firstIndex(where: { $0.kind == .count && $0.share != nil }) {
        releases.append(
          GeneratedRelease(name: "again", kind: .count, source: "count()", share: releases[first].share, sensitivity: 1, displaySensitivity: "1"))
      }
      let text = """
        algorithm g version 1
          uses mobility 1
        privacy
          unit employee
          epsilon \(ExactDecimal(units: perRound, scale: 6))
          min_group 5
        from employees e
        release

        """ + releases.map { "  \($0.name) = \($0.source)" + ($0.share.map { " epsilon \(ExactDecimal(units: $0, scale: 6))" } ?? "") }.joined(separator: "\n") + "\n"
      let result = check(text)
      let ids = Set(result.diagnostics.sorted.map(\.id))

      // The model: the cell count's share is the one its count() releases agree on.
      let countShares = releases.filter { $0.kind == .count }.compactMap(\.share)
      let sums = releases.filter { $0.kind != .count }
      if Set(countShares).count > 1 {
        #expect(ids == ["E0603"], "round \(round): disagreeing count shares\n\(text)")
        outcomes["count shares disagree", default: 0] += 1
        continue
      }
      let shares = [countShares.first] + sums.map(\.share)
      let given = shares.compactMap { $0 }.reduce(0, +)
      let open = shares.filter { $0 == nil }.count
      if given > perRound || (open > 0 && (perRound - given) / open < 1) {
        #expect(ids == ["E0603"], "round \(round): shares leave nothing\n\(text)")
        outcomes["shares leave nothing", default: 0] += 1
        continue
      }
      let epsilons = shares.map { $0 ?? (perRound - given) / open }
      let sensitivities = [1] + sums.map(\.sensitivity)
      let inRange = zip(sensitivities, epsilons).allSatisfy {
        NoisyNumberPlan.isWithinSamplerRange(sensitivity: $0, epsilonMicros: $1)
      }
      guard inRange else {
        #expect(ids == ["E0606"], "round \(round): a scale out of range\n\(text)")
        outcomes["scale out of range", default: 0] += 1
        continue
      }
      guard let s = result.script else {
        Issue.record("round \(round): refused \(ids)\n\(text)")
        continue
      }
      outcomes["accepted", default: 0] += 1
      #expect(s.privacy.noisyNumbers.map(\.epsilonMicros) == epsilons, "round \(round)\n\(text)")
      #expect(s.privacy.noisyNumbers.map(\.sensitivity) == sensitivities, "round \(round)\n\(text)")
      expectSound(s, "round \(round)")
      // Every release shows its own kind's sensitivity and, when written, its own share.
      let released = items(fields(Manifest(s) { _ in "" }.json)["releases"])
      for (r, entry) in zip(releases, released) {
        #expect(string(fields(entry)["sensitivity"]) == r.displaySensitivity, "round \(round): \(r.name)")
        if let share = r.share {
          #expect(string(fields(entry)["epsilon"]) == ExactDecimal(units: share, scale: 6).description, "round \(round): \(r.name)")
        }
      }
    }
    // Every branch of the model was exercised.
    for outcome in ["accepted", "count shares disagree", "shares leave nothing", "scale out of range"] {
      #expect((outcomes[outcome] ?? 0) >= 20, "\(outcome): \(outcomes)")
    }
  }

  @Test("a sum named count has its own ε and sensitivity, in the plan, the manifest and the sheet")
  func sumNamedCount() throws {
    let s = try #require(
      check(release: "n = count() epsilon 0.2\ncount = sum(e.days_on_site) epsilon 0.8").script)
    #expect(s.privacy.noisyNumbers.map(\.epsilonMicros) == [200_000, 800_000])
    #expect(s.privacy.noisyNumbers.map(\.sensitivity) == [1, 7])
    let released = items(fields(Manifest(s) { _ in "" }.json)["releases"]).map(fields)
    #expect(released.map { string($0["epsilon"]) } == ["0.2", "0.8"])
    #expect(released.map { string($0["sensitivity"]) } == ["1", "7"])
    // The sheet's error of the sum is its own (7 days / 0.8), not the count's.
    let sheet = ReviewSheet(s).render(.text)
    let (countWidth, sumWidth) = (Accuracy.halfWidthText(s.privacy.noisyNumbers[0]), Accuracy.halfWidthText(s.privacy.noisyNumbers[1]))
    #expect(countWidth != sumWidth)
    #expect(sheet.contains("± \(sumWidth)") && sheet.contains("± \(countWidth) employees"), "\(sheet)")
  }

  @Test("several count() releases are one noisy count, paid once")
  func severalCounts() throws {
    let s = try #require(
      check(release: "a = count() epsilon 0.3\nb = count()\nc = count() epsilon 0.3\nd = sum(e.days_on_site)").script)
    #expect(s.privacy.noisyNumbers.map(\.epsilonMicros) == [300_000, 700_000])
    let released = items(fields(Manifest(s) { _ in "" }.json)["releases"]).map(fields)
    #expect(released.map { string($0["epsilon"]) } == ["0.3", "0.3", "0.3", "0.7"])
  }

  @Test("the sampler's range: the rule and its edges")
  func samplerRange() {
    let limit = NoisyNumberPlan.samplerParameterLimit
    #expect(limit == 4_294_967_296)
    // τ = sensitivity · 10^6 / ε in lowest terms.
    #expect(NoisyNumberPlan.exactScale(sensitivity: 40_000, epsilonMicros: 400_000)! == (100_000, 1))
    #expect(NoisyNumberPlan.exactScale(sensitivity: 1, epsilonMicros: 333_333)! == (1_000_000, 333_333))
    #expect(NoisyNumberPlan.exactScale(sensitivity: 0, epsilonMicros: 7)! == (0, 1))
    #expect(NoisyNumberPlan.exactScale(sensitivity: .max, epsilonMicros: 3) == nil)
    #expect(NoisyNumberPlan.exactScale(sensitivity: 1, epsilonMicros: 0) == nil)
    #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: 4_294_967_296, epsilonMicros: 1_000_000))
    #expect(!NoisyNumberPlan.isWithinSamplerRange(sensitivity: 4_294_967_297, epsilonMicros: 1_000_000))
    #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: 4294, epsilonMicros: 1))
    #expect(!NoisyNumberPlan.isWithinSamplerRange(sensitivity: 4295, epsilonMicros: 1))
    #expect(!NoisyNumberPlan.isWithinSamplerRange(sensitivity: 0, epsilonMicros: 1))
    // A denominator above 2^32 needs ε above 4294 (in lowest terms).
    #expect(!NoisyNumberPlan.isWithinSamplerRange(sensitivity: 1, epsilonMicros: 4_294_967_297))
    #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: 1, epsilonMicros: 4_294_967_296))
    // `scale` never traps.
    let huge = NoisyNumberPlan(name: "x", epsilonMicros: 1, sensitivity: .max, decimals: 0, displayFactor: 1)
    #expect(huge.scale == (Int.max, 1) && !huge.isWithinSamplerRange)
    _ = huge.halfWidth95Units
  }

  @Test("the numbers the run time holds")
  func runtimeNumbers() {
    #expect(RuntimeNumbers.decimals == 9)
    #expect(RuntimeNumbers.maxMagnitude == ExactDecimal(units: 9_223_372_036))
    #expect(RuntimeNumbers.holds(ExactDecimal("9223372036")!))
    #expect(RuntimeNumbers.holds(ExactDecimal("-9223372036")!))
    #expect(RuntimeNumbers.problem(with: ExactDecimal("9223372036.000000001")!) == .tooLarge)
    #expect(RuntimeNumbers.problem(with: ExactDecimal("-9223372037")!) == .tooLarge)
    #expect(RuntimeNumbers.holds(ExactDecimal("0.000000001")!))
    #expect(RuntimeNumbers.holds(ExactDecimal("1.500000000000000000")!))
    #expect(RuntimeNumbers.problem(with: ExactDecimal("0.0000000001")!) == .tooManyDecimals(10))
    #expect(RuntimeNumbers.problem(with: ExactDecimal(units: .min)) == .tooLarge)
    #expect(RuntimeNumbers.problem(with: ExactDecimal(units: 1, scale: 40)) == .tooManyDecimals(40))
    // Converted to base units first: 10^-12 km is 10^-9 m; 10^-10 min is 6·10^-9 s.
    let accepted = check(
      release: "n = count()", head: "param p: duration in 0.0000000001 min .. 1 min\n",
      filter: "distance(e.home, e.site.location) > 0.000000000001 km")
    #expect(accepted.diagnostics.sorted.isEmpty, "\(accepted.diagnostics.sorted.map(\.message))")
    let refused = check(release: "n = count()", filter: "distance(e.home, e.site.location) > 0.0000000000001 km")
    #expect(refused.diagnostics.sorted.map(\.id) == ["E0211"])
    #expect(refused.diagnostics.sorted.first?.message.contains("at most 9 decimals") == true)
  }

  @Test("a time minus a time is a duration in seconds, and so are its bounds")
  func timeDifference() throws {
    let s = try #require(
      check(release: "n = count()\nwait = sum(start - 06:00)\ngap = sum(10:00 - 08:30)", head: "param start: time in 06:00 .. 10:00\n")
        .script)
    #expect(s.releases[1].argument?.type == .duration)
    #expect(s.releases[1].valueBounds == ExactDecimal(units: 0)...ExactDecimal(units: 14_400))
    #expect(s.releases[2].valueBounds == ExactDecimal(units: 5_400)...ExactDecimal(units: 5_400))
    #expect(s.privacy.noisyNumbers.map(\.sensitivity) == [1, 14_400, 5_400])
    #expect(s.releases[1].displayUnit == "min")
  }

  @Test("bounds finer than the grid are refused, saying how many decimals are allowed")
  func gridDecimals() {
    let result = check(release: "n = count()\nx = sum(clamp(e.home.lat, 0, 0.0000001))")
    let d = result.diagnostics.sorted
    #expect(d.map(\.id) == ["E0313"])
    #expect(d.first?.message.contains("need 7 decimals") == true)
    #expect(d.first?.message.contains("at most 6 decimals") == true)
  }

  @Test("comparing rows is refused with a column to compare instead")
  func rowsCompared() {
    let result = check(release: "n = count()", filter: "e.site == e.site")
    let d = result.diagnostics.sorted
    #expect(d.map(\.id) == ["E0210"])
    #expect(d.first?.notes.map(\.message) == ["compare one of its columns, such as 'e.site.zone'"])
  }

  @Test("arithmetic that used to trap is refused with a diagnostic")
  func noTraps() {
    func ids(_ release: String, epsilon: String = "epsilon 1", head: String = "") -> [String] {
      check(release: "n = count()\n" + release, head: head, epsilon: epsilon).diagnostics.sorted.map(\.id)
    }
    // -2^33 · 2^30 = Int.min: its magnitude used to trap.
    #expect(ids("x = sum(clamp(e.days_on_site, 1, 1) * -8589934592 * 1073741824)") == ["E0605"])
    #expect(ids("x = sum(-(clamp(e.days_on_site, 1, 1) * -8589934592 * 1073741824))") == ["E0605"])
    // A sensitivity whose scale overflows used to saturate, then trap in `scale`.
    #expect(ids("x = sum(clamp(e.home.lat, -9000000000, 0))") == ["E0605"])
    // Shares whose sum overflows.
    #expect(ids("x = sum(e.days_on_site) epsilon 9000000000000", epsilon: "epsilon 9000000000000").contains("E0602"))
    #expect(ids("x = sum(e.days_on_site) epsilon 9000000000000") == ["E0603"])
    #expect(
      ids("x = sum(e.days_on_site) epsilon 9000000000000\ny = sum(e.days_on_site) epsilon 9000000000000") == ["E0603"])
    // ε per round × rounds overflowing.
    #expect(
      ids("x = sum(e.days_on_site)", epsilon: "epsilon 9000000000000 per round", head: "rounds 2\n").contains("E0602"))
  }

  @Test("ExactDecimal never traps, even on Int.min")
  func exactDecimalNeverTraps() {
    let values = [
      ExactDecimal(units: .min), ExactDecimal(units: .max), ExactDecimal(units: .min, scale: 18), ExactDecimal(units: .max, scale: 18),
      ExactDecimal(units: -1), ExactDecimal(units: 0), ExactDecimal(units: 1, scale: 18), ExactDecimal(units: 7, scale: 3),
      ExactDecimal(units: -9_223_372_036), ExactDecimal(units: 5, scale: 25), ExactDecimal(units: 3, scale: -2),
    ]
    #expect(ExactDecimal(units: .min).negated == nil && ExactDecimal(units: .min).magnitude == nil)
    #expect(ExactDecimal(units: .min).description == "-9223372036854775808")
    #expect(ExactDecimal(units: -9_223_372_036_854_775_807).minus(ExactDecimal(units: 1)) == nil)
    #expect(ExactDecimal(units: .max).plus(ExactDecimal(units: 1)) == nil)
    #expect(ExactDecimal(units: -8_589_934_592).multiplied(by: ExactDecimal(units: 1_073_741_824)) == nil)
    for a in values {
      _ = (a.description, a.doubleValue, a.isInteger, a.hashValue, a.negated, a.magnitude, a.normalized, a.significantDecimals)
      _ = (a.times(-1), a.times(10), a.rescaled(to: 0), a.rescaled(to: 18), a.gridUnits(decimals: 0), a.gridUnits(decimals: 6))
      for b in values {
        _ = (a < b, a == b, a.plus(b), a.minus(b), a.multiplied(by: b))
        for r in [a.plus(b), a.minus(b), a.multiplied(by: b), a.times(-1)].compactMap({ $0 }) {
          #expect(r.units != .min && r.negated != nil)
        }
      }
    }
    // Comparison is exact where scales differ widely.
    #expect(ExactDecimal(units: 10_000_000_000) > ExactDecimal(units: 1, scale: 18))
    #expect(ExactDecimal(units: 10_000_000_000) == ExactDecimal(units: 10_000_000_000))
    #expect(ExactDecimal("1.50")! == ExactDecimal("1.5")!)
    #expect(ExactDecimal(units: 10_000_000_001, scale: 0) > ExactDecimal(units: 100_000_000, scale: -2))
  }
}
