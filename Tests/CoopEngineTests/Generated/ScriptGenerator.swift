import CoopLang

@testable import CoopEngine

/// A generated script: its source and the SQL that evaluates its exact aggregates
/// independently (`SELECT keys…, COUNT(*), SUM(grid value)… WHERE filter GROUP BY keys`).
struct GeneratedScript {
  var source: String
  /// SQL for each key, in order.
  var keys: [String]
  /// Whether each key is an enum (its SQL value is the case's text).
  var textKeys: [Bool]
  /// SQL of each sum/mean's clamped value in 10⁻⁹ units, in release order.
  var values: [String]
  /// The filter's SQL, if any.
  var filter: String?
  /// The job's parameter values.
  var parameters: [String: ParameterValue]

  /// The oracle query, given each value's grid decimals (from the checked script).
  func sql(decimals: [Int]) -> String {
    var columns = keys
    columns.append("COUNT(*)")
    for (value, d) in zip(values, decimals) {
      columns.append("SUM(\(ExpressionGenerator.roundDiv(value, "\(Int(pow10(9 - d)))")))")
    }
    var text = "SELECT " + columns.joined(separator: ", ") + " FROM people p LEFT JOIN sites s ON s.id = p.site"
    if let filter { text += " WHERE \(filter)" }
    if !keys.isEmpty { text += " GROUP BY " + (1...keys.count).map(String.init).joined(separator: ", ") }
    return text
  }

  private func pow10(_ n: Int) -> Double { (0..<n).reduce(1) { r, _ in r * 10 } }
}

/// Generates random well-typed scripts over the `gen` schema.
struct ScriptGenerator {
  var expressions: ExpressionGenerator

  init(seed: UInt64) { expressions = ExpressionGenerator(random: SplitMixBits(seed: seed)) }

  mutating func script(number: Int, depth: Int) -> GeneratedScript {
    var header = "algorithm gen_\(number) version 1\n  uses gen 1\n"
    var parameters: [String: ParameterValue] = [:]
    expressions.centers = []
    expressions.k = nil
    if expressions.chance(50) {
      let count = 1 + expressions.pick(4)
      var points: [ParameterValue] = []
      var text: [String] = []
      for _ in 0..<count {
        let lat = -21_500 + expressions.pick(700)
        let lon = 55_200 + expressions.pick(600)
        points.append(.point(latitude: ExactDecimal(units: lat, scale: 3), longitude: ExactDecimal(units: lon, scale: 3)))
        text.append("point(\(ExactDecimal(units: lat, scale: 3)), \(ExactDecimal(units: lon, scale: 3)))")
        expressions.centers.append((Int64(lat) * 1_000_000, Int64(lon) * 1_000_000))
      }
      header += "param centers: list<point> max 4 init [\(text.joined(separator: ", "))]\n"
      parameters["centers"] = .list(points)
    }
    if expressions.chance(40) {
      let value = expressions.pick(36) - 5
      header += "param k: int in -5 .. 30 init 7\n"
      parameters["k"] = .number(ExactDecimal(units: value))
      expressions.k = value
    }
    header += "privacy\n  unit person\n  epsilon 1\n  min_group 1\nfrom people p\n"
    var filter: String?
    if expressions.chance(70) {
      let f = expressions.expression(.bool, depth: depth)
      header += "where \(f.coop)\n"
      filter = f.sql
    }
    var keys: [String] = []
    var textKeys: [Bool] = []
    var keyTexts: [String] = []
    for (i, key) in chooseKeys().enumerated() {
      keyTexts.append("\(key.coop) as k\(i)")
      keys.append(key.sql)
      textKeys.append(key.coop == "p.kind")
    }
    if !keyTexts.isEmpty { header += "group by " + keyTexts.joined(separator: ", ") + "\n" }
    // Explicit shares of ε that keep every noise scale a short fraction (the sampler's range).
    let valueCount = expressions.pick(3)
    header += "release\n  n = count()" + (valueCount > 0 ? " epsilon 0.5" : "") + "\n"
    var values: [String] = []
    for i in 0..<valueCount {
      let kind = [GeneratedKind.plain, .distance, .duration][expressions.pick(3)]
      let x = expressions.expression(kind, depth: depth)
      let (low, high) = expressions.clampBounds(kind)
      let aggregate = expressions.chance(50) ? "sum" : "mean"
      header += "  v\(i) = \(aggregate)(clamp(\(x.coop), \(low.coop), \(high.coop))) epsilon \(valueCount == 1 ? "0.5" : "0.25")\n"
      values.append("MIN(MAX(\(x.sql), \(low.sql)), \(high.sql))")
    }
    return GeneratedScript(
      source: header, keys: keys, textKeys: textKeys, values: values, filter: filter, parameters: parameters)
  }

  /// Zero to two distinct keys from the bounded domains.
  private mutating func chooseKeys() -> [(coop: String, sql: String)] {
    var candidates: [(coop: String, sql: String)] = [
      ("p.area", "p.area"), ("p.site.area", "s.area"), ("p.kind", "p.kind"), ("p.active", "p.active"),
      ("p.children", "p.children"),
    ]
    let minutes = [1, 15, 60, 90, 1440][expressions.pick(5)]
    let time = chance(50) ? ("p.start", "p.start") : ("p.stop", "p.stop")
    let count = (1440 + minutes - 1) / minutes
    candidates.append(
      ("slot(\(time.0), \(minutes) min)",
       "MIN(MIN(MAX(\(time.1) * 1000000000, 0), 1439000000000) / 1000000000 / \(minutes), \(count - 1))"))
    if !expressions.centers.isEmpty {
      let list = expressions.centers.map { "\($0.0), \($0.1)" }.joined(separator: ", ")
      candidates.append(
        ("nearest(p.home, centers)",
         "g_nearest(\(ExpressionGenerator.grid("p.home_lat", perUnit: 1000)), \(ExpressionGenerator.grid("p.home_lon", perUnit: 1000)), \(list))"))
    }
    let b = expressions.expression(.bool, depth: 1)
    candidates.append((b.coop, b.sql))
    var chosen: [(coop: String, sql: String)] = []
    for _ in 0..<expressions.pick(3) {
      let c = candidates.remove(at: expressions.pick(candidates.count))
      chosen.append(c)
    }
    return chosen
  }

  private mutating func chance(_ percent: Int) -> Bool { expressions.chance(percent) }
}
