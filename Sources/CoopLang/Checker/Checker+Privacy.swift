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
    if (clause.epsilonPerRound ? total * rounds : total) > limits.maxEpsilonMicros {
      report(.invalidEpsilon, range, "the total ε of a run is above the limit of \(ExactDecimal(units: limits.maxEpsilonMicros, scale: 6))")
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

  /// The cell count plus one noisy sum per sum/mean; explicit shares first, the rest split evenly
  /// (rounded down to the millionth, so the parts never exceed the whole).
  private mutating func split(_ perRound: Int, releases: [CheckedRelease], at range: SourceRange) -> [NoisyNumberPlan]? {
    var explicit: [String: Int] = [:]
    for item in releaseItems where item.epsilon != nil {
      guard let share = item.epsilon.flatMap(epsilonValue), share > 0 else {
        report(.invalidEpsilon, item.epsilonRange ?? item.range, "a share of ε is positive, with at most six decimals")
        return nil
      }
      let key = releases.first { $0.name == item.name.name }?.kind == .count ? "count" : item.name.name
      explicit[key, default: 0] += share
    }
    var numbers = [NoisyNumberPlan(name: "count", epsilonMicros: 0, sensitivity: rowsPerUnit, decimals: 0, displayFactor: 1)]
    for r in releases where r.kind != .count {
      guard let bounds = r.valueBounds,
        let low = bounds.lowerBound.rescaled(to: r.decimals), let high = bounds.upperBound.rescaled(to: r.decimals)
      else { continue }
      let perRow = Swift.max(Swift.abs(low.units), Swift.abs(high.units))
      numbers.append(
        NoisyNumberPlan(
          name: r.name, epsilonMicros: 0, sensitivity: perRow.saturatingMultiply(rowsPerUnit), decimals: r.decimals,
          displayFactor: r.displayFactor))
    }
    let given = explicit.values.reduce(0, +)
    let open = numbers.filter { explicit[$0.name] == nil }.count
    let remaining = perRound - given
    if given > perRound || (open > 0 && remaining / Swift.max(open, 1) < 1) {
      report(
        .epsilonSplit, range,
        "the explicit shares of ε (\(ExactDecimal(units: given, scale: 6))) leave nothing for the other noisy values",
        notes: [DiagnosticNote("ε per round is \(ExactDecimal(units: perRound, scale: 6)); every cell also releases a noisy count")])
      return nil
    }
    for i in numbers.indices {
      numbers[i].epsilonMicros = explicit[numbers[i].name] ?? remaining / Swift.max(open, 1)
    }
    return numbers
  }
}
