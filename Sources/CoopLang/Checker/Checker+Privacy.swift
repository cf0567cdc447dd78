extension Checker {
  /// The privacy clause and the split of ε across a cell's noisy numbers.
  mutating func checkPrivacy(_ clause: PrivacyClause?, releases: [CheckedRelease], rounds: Int) -> PrivacyPlan? {
    guard let clause else { return nil }  // the parser reported the missing clause
    var missing: [String] = []
    if clause.unit == nil { missing.append("unit") }
    if clause.epsilon == nil { missing.append("epsilon") }
    if clause.minGroup == nil { missing.append("min_group") }
    if !missing.isEmpty {
      report(
        .missingPrivacySetting, clause.range, "'privacy' is missing \(missing.joined(separator: ", "))",
        notes: [DiagnosticNote("a script declares 'unit', 'epsilon' and 'min_group'")])
    }
    if let unit = clause.unit, let schema, unit.name != schema.unit {
      report(
        .privacyUnitMismatch, unit.range, "the privacy unit is '\(unit.name)', but schema \(schema.name) protects '\(schema.unit)'",
        fixIt: FixIt("replace with '\(schema.unit)'", range: unit.range, replacement: schema.unit))
    }
    if clause.epsilonPerRound, rounds == 1, let range = clause.epsilonRange {
      report(.roundsMismatch, range, "'per round' in a script without 'rounds'")
    }
    guard let epsilon = clause.epsilon, let range = clause.epsilonRange, let minGroup = clause.minGroup,
      let total = epsilonMicros(epsilon, at: range)
    else { return nil }
    guard minGroup.value >= 1 else {
      report(.invalidLiteral, minGroup.range, "min_group is at least 1")
      return nil
    }
    let perRound = clause.epsilonPerRound ? total : total / rounds
    let (whole, overflow) = clause.epsilonPerRound ? total.multipliedReportingOverflow(by: rounds) : (total, false)
    if overflow || whole > limits.maxEpsilonMicros {
      report(.invalidEpsilon, range, "the total ε of a run is above the limit of \(ExactDecimal(units: limits.maxEpsilonMicros, scale: 6))")
      return nil
    }
    if perRound == 0 {
      report(.invalidEpsilon, range, "ε per round is below 0.000001")
      return nil
    }
    guard let numbers = split(perRound, releases: releases, at: range) else { return nil }
    return PrivacyPlan(
      unit: clause.unit?.name ?? "", epsilonPerRoundMicros: perRound, rounds: rounds,
      minGroup: minGroup.value, rowsPerUnit: rowsPerUnit, noisyNumbers: numbers)
  }

  /// ε in millionths, or a diagnostic.
  func epsilonValue(_ n: NumberLiteral) -> Int? {
    guard n.unit == nil, let v = ExactDecimal(n.digits), let micros = v.rescaled(to: 6)?.units else { return nil }
    return micros
  }

  private mutating func epsilonMicros(_ n: NumberLiteral, at range: SourceRange) -> Int? {
    guard let micros = epsilonValue(n) else {
      report(.invalidEpsilon, range, "ε is written with at most six decimals")
      return nil
    }
    guard micros > 0 else {
      report(.invalidEpsilon, range, "ε must be positive")
      return nil
    }
    return micros
  }

  /// The noisy numbers of a cell, by position: number 0 is the cell count, which every `count()`
  /// release is (several `count()` releases are one noisy number, paid once: their explicit
  /// shares must agree, they are not added); then one noisy sum per `sum` or `mean` release, in
  /// release order. Explicit shares first, the rest split evenly (rounded down to the millionth,
  /// so the parts never exceed the whole). Names are never keys: a sum may be named `count`.
  private mutating func split(_ perRound: Int, releases: [CheckedRelease], at range: SourceRange) -> [NoisyNumberPlan]? {
    var valid = true
    for item in releaseItems where item.epsilon != nil {
      guard let share = item.epsilon.flatMap(epsilonValue), share > 0 else {
        report(.invalidEpsilon, item.epsilonRange ?? item.range, "a share of ε is positive, with at most six decimals")
        valid = false
        continue
      }
    }
    guard valid else { return nil }
    var numbers = [NoisyNumberPlan(name: "count", epsilonMicros: 0, sensitivity: rowsPerUnit, decimals: 0, displayFactor: 1)]
    var shares: [Int?] = [nil]
    var anchors: [SourceRange] = [range]  // where a problem of each noisy number is reported
    var countShareRange: SourceRange?
    for (release, item) in zip(releases, checkedReleaseItems) {
      let share = item.epsilon.flatMap(epsilonValue)
      let shareRange = item.epsilonRange ?? item.range
      guard release.kind != .count else {
        guard let share else { continue }
        if let first = shares[0], first != share, let firstRange = countShareRange {
          report(
            .epsilonSplit, shareRange,
            "'\(item.name.name)' gives the cell count ε \(ExactDecimal(units: share, scale: 6)), but another count() gives it \(ExactDecimal(units: first, scale: 6))",
            notes: [
              DiagnosticNote("every count() release is the cell's one noisy count: its share of ε is given once"),
              DiagnosticNote("the other share is here", at: firstRange),
            ])
          valid = false
        } else if shares[0] == nil {
          shares[0] = share
          countShareRange = shareRange
          anchors[0] = shareRange
        }
        continue
      }
      guard let sensitivity = sumSensitivity(release, item: item) else {
        valid = false
        continue
      }
      numbers.append(
        NoisyNumberPlan(
          name: release.name, epsilonMicros: 0, sensitivity: sensitivity, decimals: release.decimals,
          displayFactor: release.displayFactor))
      shares.append(share)
      anchors.append(item.value.range)
    }
    guard valid else { return nil }
    var given = 0
    for share in shares.compactMap({ $0 }) {
      let (sum, overflow) = given.addingReportingOverflow(share)
      given = overflow ? .max : sum
    }
    let open = shares.filter { $0 == nil }.count
    let remaining = perRound - Swift.min(given, perRound)
    if given > perRound || (open > 0 && remaining / open < 1) {
      report(
        .epsilonSplit, range,
        "the explicit shares of ε (\(given == .max ? "more than the total" : ExactDecimal(units: given, scale: 6).description)) leave nothing for the other noisy values",
        notes: [DiagnosticNote("ε per round is \(ExactDecimal(units: perRound, scale: 6)); every cell also releases a noisy count")])
      return nil
    }
    for i in numbers.indices {
      numbers[i].epsilonMicros = shares[i] ?? remaining / open
      if !checkSamplerRange(numbers[i], what: i == 0 ? "the cell count" : "'\(numbers[i].name)'", at: anchors[i]) {
        valid = false
      }
    }
    return valid ? numbers : nil
  }

  /// The sensitivity of a sum in grid units: rows per unit × the largest bound's magnitude on
  /// the value's grid, with checked arithmetic; nil after a diagnostic when it does not fit.
  private mutating func sumSensitivity(_ r: CheckedRelease, item: ReleaseItem) -> Int? {
    guard let bounds = r.valueBounds else { return nil }  // the release was refused already
    guard let low = bounds.lowerBound.rescaled(to: r.decimals)?.magnitude,
      let high = bounds.upperBound.rescaled(to: r.decimals)?.magnitude
    else {
      report(
        .sensitivityTooLarge, item.value.range,
        "the bounds of '\(item.name.name)' do not fit 64 bits on its grid of \(r.decimals) decimals",
        notes: [DiagnosticNote("clamp the value to narrower bounds")])
      return nil
    }
    let (sensitivity, overflow) = Swift.max(low.units, high.units).multipliedReportingOverflow(by: rowsPerUnit)
    guard !overflow, NoisyNumberPlan.exactScale(sensitivity: sensitivity, epsilonMicros: 1) != nil else {
      report(
        .sensitivityTooLarge, item.value.range,
        "the sensitivity of '\(item.name.name)' (\(rowsPerUnit) row\(rowsPerUnit == 1 ? "" : "s") per unit × \(Swift.max(bounds.lowerBound.magnitude ?? bounds.lowerBound, bounds.upperBound.magnitude ?? bounds.upperBound))) is too large to compute its noise exactly",
        notes: [DiagnosticNote("clamp the value to narrower bounds")])
      return nil
    }
    return sensitivity
  }

  /// Refuses a noisy number whose noise the engine's sampler cannot draw (`E0606`), or whose
  /// scale does not fit 64 bits (`E0605`).
  private mutating func checkSamplerRange(_ n: NoisyNumberPlan, what: String, at range: SourceRange) -> Bool {
    guard !n.isWithinSamplerRange else { return true }
    let epsilon = ExactDecimal(units: n.epsilonMicros, scale: 6)
    guard let (numerator, denominator) = NoisyNumberPlan.exactScale(sensitivity: n.sensitivity, epsilonMicros: n.epsilonMicros)
    else {
      report(
        .sensitivityTooLarge, range,
        "the noise scale of \(what) (sensitivity \(n.sensitivity) / ε \(epsilon)) does not fit 64 bits",
        notes: [DiagnosticNote(what == "the cell count" ? "a count's sensitivity is the rows one unit has in the table read" : "clamp the value to narrower bounds")])
      return false
    }
    if numerator == 0 {
      report(
        .noiseOutOfRange, range, "\(what) has sensitivity 0: its bounds are 0 .. 0, so it is always 0",
        notes: [DiagnosticNote("release something that varies, or remove it: a noise scale of 0 cannot be drawn")])
      return false
    }
    let limit = NoisyNumberPlan.samplerParameterLimit
    report(
      .noiseOutOfRange, range,
      "the noise of \(what) would have scale \(numerator)\(denominator == 1 ? "" : "/\(denominator)") (sensitivity \(n.sensitivity) / ε \(epsilon)), outside the sampler's range",
      notes: [
        DiagnosticNote("the discrete Laplace sampler draws scales whose numerator and denominator in lowest terms are at most 2^32 (\(limit))"),
        DiagnosticNote(numerator > limit ? "give it a larger share of ε, or clamp it to narrower bounds" : "give it a smaller share of ε"),
      ])
    return false
  }
}
