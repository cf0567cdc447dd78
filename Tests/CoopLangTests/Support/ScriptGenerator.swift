/// Generates random, syntactically valid scripts and schemas with random comments, spacing and
/// parentheses: inputs for the formatter's properties and the parser's robustness.
struct ScriptGenerator {
  var random: TestRandom

  init(seed: UInt64) { random = TestRandom(seed: seed) }

  private let names = ["e", "a", "zone", "home_zone", "days_on_site", "x1", "mode", "lat", "title"]

  mutating func script() -> String {
    var lines: [String] = []
    lines.append("algorithm gen\(random.below(100)) version \(random.below(9) + 1)")
    if random.chance(50) { lines.append("  title \(string())") }
    if random.chance(30) { lines.append("  description \(string())") }
    lines.append("  uses mobility 1")
    for i in 0..<random.below(3) {
      lines.append("param p\(i): \(type())\(random.chance(30) ? " in 1 .. 9" : "") init \(expr(2))")
    }
    if random.chance(30) { lines.append("rounds \(random.below(9) + 1)") }
    var privacy = ["  unit employee", "  epsilon 0.\(random.below(9) + 1)", "  min_group \(random.below(20))"]
    if random.chance(30) { privacy[1] += " per round" }
    lines.append("privacy")
    for _ in 0..<3 { lines.append(privacy.remove(at: random.below(privacy.count))) }
    lines.append("from employees \(random.pick(names))")
    if random.chance(70) { lines.append("where \(expr(4))") }
    if random.chance(70) {
      let keys = (0...random.below(3)).map { _ in expr(2) + (random.chance(30) ? " as k\(random.below(9))" : "") }
      lines.append("group by " + keys.joined(separator: ", "))
    }
    lines.append("release")
    for i in 0...random.below(3) {
      lines.append("  v\(i) = \(expr(3))\(random.chance(20) ? " epsilon 0.1" : "")")
    }
    if random.chance(30) {
      lines.append("combine")
      lines.append("  p0[k1] = \(expr(2))\(random.chance(50) ? " where \(expr(2))" : "")")
    }
    return decorate(lines)
  }

  mutating func schema() -> String {
    var lines = ["schema gen version \(random.below(9) + 1)", "unit employee"]
    lines.append("enum E { \((0...random.below(4)).map { "c\($0)" }.joined(separator: ", ")) }")
    lines.append("zones Z {")
    for i in 0...random.below(3) {
      lines.append("  \(i + 1) \(string()) at -\(random.below(90)).\(random.below(99)), \(random.below(180)).5")
    }
    lines.append("}")
    lines.append("table t\(random.chance(50) ? " rows per employee 1" : "") {")
    lines.append("  id: id key")
    lines.append("  n: int in 0 .. \(random.below(100))")
    lines.append("  at_: time resolution \(random.below(30) + 1) min")
    lines.append("}")
    return decorate(lines)
  }

  /// Adds comments, blank lines and indentation changes at random.
  private mutating func decorate(_ lines: [String]) -> String {
    var out: [String] = []
    for line in lines {
      if random.chance(10) { out.append(String(repeating: " ", count: random.below(4)) + "# note \(random.below(1000))") }
      if random.chance(10) { out.append("") }
      var text = random.chance(20) ? "   " + line.trimmingLeadingSpaces() : line
      if random.chance(15) { text += "\(String(repeating: " ", count: random.below(3) + 1))# why \(random.below(1000))" }
      out.append(text)
    }
    return out.joined(separator: "\n") + (random.chance(50) ? "\n" : "")
  }

  private mutating func type() -> String {
    random.chance(30) ? "list<\(random.pick(["point", "int", "time"]))> max \(random.below(12) + 1)"
      : random.pick(["int", "decimal", "distance", "duration", "point", "Mode"])
  }

  private mutating func string() -> String {
    random.pick(["\"Saint-Denis\"", "\"caf\u{E9} \\\"quoted\\\"\"", "\"tab\\tand\\\\slash\"", "\"\""])
  }

  /// An expression and its precedence (8 for atoms).
  private mutating func expr(_ depth: Int) -> String { node(depth).0 }

  private mutating func node(_ depth: Int) -> (String, Int) {
    if depth == 0 || random.chance(25) { return atom() }
    switch random.below(6) {
    case 0:
      let inner = node(depth - 1)
      return ("not " + wrap(inner, need: 3), 3)
    case 1:
      let inner = node(depth - 1)
      return ("-" + wrap(inner, need: 7), 7)
    case 2:
      let args = (0..<random.below(3)).map { _ in expr(depth - 1) }
      return ("\(random.pick(["count", "slot", "clamp", "distance"]))(\(args.joined(separator: ", ")))", 8)
    case 3:
      return ("[" + (0..<random.below(3)).map { _ in expr(depth - 1) }.joined(separator: ", ") + "]", 8)
    default:
      let (op, p) = random.pick([("or", 1), ("and", 2), ("==", 4), ("<=", 4), ("!=", 4), ("+", 5), ("-", 5), ("*", 6), ("/", 6), ("%", 6)])
      let left = wrap(node(depth - 1), need: p == 4 ? 5 : p)
      let right = wrap(node(depth - 1), need: p + 1)
      return ("\(left) \(op) \(right)", p)
    }
  }

  private mutating func wrap(_ e: (String, Int), need: Int) -> String {
    e.1 < need || random.chance(15) ? "(" + e.0 + ")" : e.0
  }

  private mutating func atom() -> (String, Int) {
    switch random.below(7) {
    case 0: return ("\(random.below(100))", 8)
    case 1: return ("\(random.below(100)).\(random.below(100)) \(random.pick(["km", "min", "h", "m", "s"]))", 8)
    case 2: return (string(), 8)
    case 3: return (String(format2(random.below(24))) + ":" + format2(random.below(60)), 8)
    case 4: return (random.chance(50) ? "true" : "false", 8)
    case 5: return ("\(random.pick(names)).\(random.pick(names))", 8)
    default: return ("\(random.pick(names))[\(random.below(5))]", 8)
    }
  }

  private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension String {
  fileprivate func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
