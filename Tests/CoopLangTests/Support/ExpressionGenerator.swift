/// Generates random, well-typed expressions over the mobility schema (Algorithms/schemas), as
/// text with the fewest parentheses plus some redundant ones: inputs for the printers' round
/// trip. Names are those of `ExpressionGenerator.template`.
struct ExpressionGenerator {
  /// The types expressions are generated at.
  enum Kind: CaseIterable {
    case bool, int, decimal, distance, duration, time, point, mode, zone, slot
  }

  /// Where an expression goes, which decides the names it may use.
  enum Scope {
    /// `where`: the row `e` and the parameters.
    case filter
    /// Inside an aggregate: also the group keys `c` and `mode`.
    case release
    /// `combine`: the released values `n` and `s`, the keys and the parameters, never the row.
    case combine
  }

  /// A script with every name the generator uses; `FILTER`, `ARGUMENT`, `GUARD`, `LAT` and `SHARE`
  /// are replaced by generated expressions.
  static let template = """
    algorithm generated version 1
      uses mobility 1

    param centers: list<point> max 4 init zone_centroids(4)
    param limit: distance in 1 km .. 80 km init 20 km
    param shift: duration in 0 min .. 2 h init 30 min
    param share: decimal in 0 .. 1 init 0.5
    param days: int in 0 .. 7 init 3
    param start: time in 05:00 .. 10:00 init 07:30
    rounds 2

    privacy
      unit employee
      epsilon 0.6 per round
      min_group 5

    from employees e
    where FILTER
    group by nearest(e.home, centers) as c, e.mode
    release
      n = count()
      s = AGGREGATE(clamp(ARGUMENT))

    combine
      centers[c] = point(LAT, centers[c].lon) where GUARD
      share = SHARE

    """

  var random: TestRandom
  var scope = Scope.filter

  init(seed: UInt64) { random = TestRandom(seed: seed) }

  /// One generated script: a filter, a clamped aggregate, a combine guard and two combine values.
  mutating func script() -> String {
    scope = .filter
    let filter = expr(.bool, depth: 4)
    scope = .release
    let kind = random.pick([Kind.int, .decimal, .distance, .duration])
    let argument = expr(kind, depth: 3) + ", " + clampBounds(kind)
    scope = .combine
    let replacements = [
      ("FILTER", filter), ("AGGREGATE", random.pick(["sum", "mean"])), ("ARGUMENT", argument),
      ("GUARD", expr(.bool, depth: 3)), ("LAT", expr(.decimal, depth: 3)), ("SHARE", expr(.decimal, depth: 2)),
    ]
    return replacements.reduce(Self.template) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  mutating func expr(_ kind: Kind, depth: Int) -> String { node(kind, depth).text }

  /// Text and the precedence of its outermost operator (8 for atoms).
  private typealias Node = (text: String, precedence: Int)

  private mutating func node(_ kind: Kind, _ depth: Int) -> Node {
    if depth <= 0 || random.chance(20) { return (leaf(kind), 8) }
    let d = depth - 1
    switch kind {
    case .bool:
      switch random.below(5) {
      case 0: return ("not " + wrap(node(.bool, d), need: 3), 3)
      case 1: return binary(random.pick(["and", "or"]), .bool, .bool, d)
      case 2:
        let k = random.pick(scope == .combine ? [Kind.int, .decimal, .distance, .duration, .time] : [.int, .decimal, .distance, .duration, .time])
        return binary(random.pick(["<", "<=", ">", ">=", "==", "!="]), k, k, d)
      default:
        let kinds: [Kind] = scope == .combine ? [.bool, .mode, .point] : [.bool, .mode, .zone, .slot, .point]
        let k = random.pick(kinds)
        return binary(random.pick(["==", "!="]), k, k, d)
      }
    case .int:
      switch random.below(6) {
      case 0: return binary(random.pick(["+", "-", "*", "%"]), .int, .int, d)
      case 1: return negate(.int, d)
      case 2: return call(random.pick(["min", "max"]), [.int, .int], d)
      case 3: return call(random.pick(["abs"]), [.int], d)
      case 4: return call("round", [random.pick([.int, .decimal])], d)
      default: return ("clamp(\(expr(.int, depth: d)), \(clampBounds(.int)))", 8)
      }
    case .decimal:
      switch random.below(7) {
      case 0: return binary(random.pick(["+", "-"]), .decimal, .decimal, d)
      case 1:
        let (a, b) = random.pick([(Kind.decimal, Kind.decimal), (.int, .decimal), (.decimal, .int)])
        return binary(random.pick(["*", "/"]), a, b, d)
      case 2: return binary("/", random.pick([.int, .distance, .duration]), nil, d)
      case 3: return negate(.decimal, d)
      case 4: return call(random.pick(["min", "max", "abs"]), [.decimal], d, pair: true)
      case 5: return (wrap(node(.point, d), need: 8) + random.pick([".lat", ".lon"]), 8)
      default: return ("clamp(\(expr(.decimal, depth: d)), \(clampBounds(.decimal)))", 8)
      }
    case .distance, .duration:
      switch random.below(6) {
      case 0: return binary(random.pick(["+", "-"]), kind, kind, d)
      case 1: return random.chance(50) ? binary("*", kind, .int, d) : binary("*", .decimal, kind, d)
      case 2: return binary("/", kind, random.pick([.int, .decimal]), d)
      case 3: return negate(kind, d)
      case 4: return call(random.pick(["min", "max", "abs"]), [kind], d, pair: true)
      default:
        if kind == .distance, scope != .combine, random.chance(60) { return call("distance", [.point, .point], d) }
        if kind == .duration, random.chance(50) { return binary("-", .time, .time, d) }
        return ("clamp(\(expr(kind, depth: d)), \(clampBounds(kind)))", 8)
      }
    case .time: return call(random.pick(["min", "max"]), [.time, .time], d)
    case .point:
      if scope != .combine, random.chance(40) { return ("centers[nearest(\(expr(.point, depth: d)), centers)]", 8) }
      return call("point", [.decimal, .decimal], d)
    case .mode, .zone, .slot: return (leaf(kind), 8)
    }
  }

  private mutating func leaf(_ kind: Kind) -> String {
    let row = scope != .combine
    let keys = scope != .filter
    switch kind {
    case .bool: return random.pick(row ? ["e.telework_eligible", "true", "false"] : ["true", "false"])
    case .int: return random.pick(["days", "\(random.below(10))"] + (row ? ["e.days_on_site"] : []))
    case .decimal:
      let literals = ["0.5", "2.0", "1.25", "0.0001", "10.0"]
      let names = (row ? ["e.home.lat", "e.site.location.lon", "centers[1].lat"] : ["n", "s"])
        + (keys ? ["centers[c].lat"] : [])
      return random.pick(literals + names + ["share"])
    case .distance: return random.pick(["limit", "5 km", "500 m", "0.25 km", "12 km"])
    case .duration: return random.pick(["shift", "30 min", "1 h", "90 s", "45 min", "0.5 s"])
    case .time: return random.pick(["start", "08:30", "00:00", "23:59"] + (row ? ["e.arrival", "e.departure"] : []))
    case .point:
      return random.pick((row ? ["e.home", "e.site.location", "centers[0]"] : ["point(-21.1, 55.5)"]) + (keys ? ["centers[c]"] : []))
    case .mode:
      let cases = ["car_solo", "car_passenger", "bus", "bike", "walk"].map { "Mode." + $0 }
      return random.pick(cases + (row ? ["e.mode"] : []) + (keys ? ["mode"] : []))
    case .zone: return random.pick(["e.home_zone", "e.site.zone", "97411", "97415"])
    case .slot: return random.pick(["slot(e.arrival, 1 h)", "slot(e.departure, 1 h)", "slot(08:30, 60 min)"])
    }
  }

  /// `LOW, HIGH` literals of `kind`, as `clamp` takes them.
  private mutating func clampBounds(_ kind: Kind) -> String {
    switch kind {
    case .int: random.pick(["0, 7", "-3, 3"])
    case .distance: random.pick(["0 km, 40 km", "-1 km, 500 m"])
    case .duration: random.pick(["0 min, 2 h", "-30 min, 90 s"])
    default: random.pick(["-0.05, 0.05", "0, 1.5"])
    }
  }

  /// `a op b`; a right operand of `nil` kind is the left's kind.
  private mutating func binary(_ op: String, _ left: Kind, _ right: Kind?, _ depth: Int) -> Node {
    let p = ["or": 1, "and": 2, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6][op] ?? 4
    let a = wrap(node(left, depth), need: p == 4 ? 5 : p)
    let b = wrap(node(right ?? left, depth), need: p + 1)
    return ("\(a) \(op) \(b)", p)
  }

  private mutating func negate(_ kind: Kind, _ depth: Int) -> Node {
    ("-" + wrap(node(kind, depth), need: 8), 7)
  }

  /// `f(a, b)`; with `pair`, a one-kind list is the arity of `f` (`min`, `max` take two).
  private mutating func call(_ f: String, _ kinds: [Kind], _ depth: Int, pair: Bool = false) -> Node {
    let args = pair && f != "abs" ? [kinds[0], kinds[0]] : kinds
    return ("\(f)(" + args.map { expr($0, depth: depth) }.joined(separator: ", ") + ")", 8)
  }

  /// `e.text`, in parentheses when its precedence is below `need` and sometimes when it is not.
  private mutating func wrap(_ e: Node, need: Int) -> String {
    e.precedence < need || random.chance(10) ? "(" + e.text + ")" : e.text
  }
}
