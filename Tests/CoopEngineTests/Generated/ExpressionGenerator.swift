@testable import CoopEngine

/// One generated expression: its `.coop` text, an independent SQL evaluation of it over the
/// people (`p`) and sites (`s`) tables in integer units of 10⁻⁹ (the interpreter's documented
/// semantics), and a bound on its magnitude in those units.
///
/// The SQL never reuses the interpreter's code: columns are read and put on their grid by SQL,
/// rounding is written out as integer SQL, and only the great-circle distance comes from the
/// shared `GreatCircle` (tested on its own against a high-precision reference).
struct Generated {
  var coop: String
  var sql: String
  /// |value| ≤ bound (10⁻⁹ units); generation keeps it ≤ `ExpressionGenerator.limit`, so SQLite's
  /// 64-bit integers never overflow.
  var bound: Double
  /// Whether every value is a whole base unit (a multiple of 10⁹): such a factor or divisor
  /// keeps SQL's integer arithmetic exact.
  var integral: Bool
}

/// The kinds of value the generator produces.
enum GeneratedKind: CaseIterable {
  case plain, distance, duration, time, bool
}

/// Grammar-directed generation of well-typed expressions over the `gen` schema, bounded depth.
struct ExpressionGenerator {
  static let limit = 1e17
  static let one = 1_000_000_000

  var random: SplitMixBits
  /// The list parameter's points, in 10⁻⁹ degrees, if the script declares `centers`.
  var centers: [(Int64, Int64)] = []
  /// The int parameter's value, if the script declares `k`.
  var k: Int?

  mutating func pick(_ n: Int) -> Int { Int(random.nextWord() % UInt64(n)) }
  mutating func chance(_ percent: Int) -> Bool { pick(100) < percent }

  // MARK: SQL helpers

  /// `x ÷ d` rounded half away from zero, for SQL `d > 0`.
  static func roundDiv(_ x: String, _ d: String) -> String {
    "(CASE WHEN \(x) >= 0 THEN (\(x) + (\(d)) / 2) / (\(d)) ELSE -((-(\(x)) + (\(d)) / 2) / (\(d))) END)"
  }

  /// A REAL column put on a grid of `perUnit` steps per base unit, in 10⁻⁹ units.
  static func grid(_ column: String, perUnit: Int) -> String {
    "(CAST(ROUND(\(column) * \(perUnit)) AS INTEGER) * \(one / perUnit))"
  }

  static func literal(_ v: Int) -> Generated {
    Generated(coop: v < 0 ? "(\(v))" : "\(v)", sql: "(\(v * one))", bound: Double(abs(v * one)), integral: true)
  }

  // MARK: Productions

  /// An expression of `kind`, at most `depth` levels deep.
  mutating func expression(_ kind: GeneratedKind, depth: Int) -> Generated {
    if depth <= 0 || chance(30) { return leaf(kind) }
    switch kind {
    case .bool: return boolean(depth)
    case .time: return timeExpression(depth)
    default: return arithmetic(kind, depth)
    }
  }

  mutating func leaf(_ kind: GeneratedKind) -> Generated {
    switch kind {
    case .plain:
      switch pick(8) {
      case 0: return Generated(coop: "p.children", sql: "(p.children * \(Self.one))", bound: 20e9, integral: true)
      case 1: return Generated(coop: "p.site.capacity", sql: "(s.capacity * \(Self.one))", bound: 500e9, integral: true)
      case 2: return Generated(coop: "p.share", sql: Self.grid("p.share", perUnit: 100), bound: 1e9, integral: false)
      case 3:
        return Generated(coop: "p.home.lat", sql: Self.grid("p.home_lat", perUnit: 1000), bound: 90e9, integral: false)
      case 4:
        return Generated(
          coop: "p.site.location.lon", sql: Self.grid("s.location_lon", perUnit: 10_000), bound: 180e9, integral: false)
      case 5 where k != nil: return Generated(coop: "k", sql: "(\(k! * Self.one))", bound: Double(abs(k!)) * 1e9, integral: true)
      case 6:
        let units = pick(2001) - 1000
        let text = (units < 0 ? "-" : "") + "\(abs(units) / 100).\(abs(units) % 100 < 10 ? "0" : "")\(abs(units) % 100)"
        return Generated(coop: "(\(text))", sql: "(\(units * 10_000_000))", bound: Double(abs(units)) * 1e7, integral: false)
      default: return Self.literal(pick(41) - 20)
      }
    case .distance:
      switch pick(4) {
      case 0: return Generated(coop: "p.trip", sql: Self.grid("p.trip", perUnit: 1) , bound: 2e14, integral: true)
      case 1:
        let km = pick(60)
        return Generated(coop: "\(km) km", sql: "(\(km * 1000 * Self.one))", bound: Double(km) * 1e12, integral: true)
      case 2:
        let m = pick(900) + 1
        return Generated(coop: "\(m) m", sql: "(\(m * Self.one))", bound: Double(m) * 1e9, integral: true)
      default:
        let (a, b) = (point(depth: 1), point(depth: 1))
        return Generated(
          coop: "distance(\(a.coop), \(b.coop))", sql: "g_distance(\(a.sql), \(b.sql))", bound: 2.1e16, integral: false)
      }
    case .duration:
      switch pick(3) {
      case 0: return Generated(coop: "p.ride", sql: "(p.ride * \(Self.one))", bound: 10800e9, integral: true)
      case 1:
        let m = pick(180)
        return Generated(coop: "\(m) min", sql: "(\(m * 60 * Self.one))", bound: Double(m * 60) * 1e9, integral: true)
      default:
        let (a, b) = (leaf(.time), leaf(.time))
        return Generated(
          coop: "(\(a.coop) - \(b.coop))", sql: "((\(a.sql) - \(b.sql)) * 60)", bound: 1440 * 60e9, integral: true)
      }
    case .time:
      switch pick(3) {
      case 0: return Generated(coop: "p.start", sql: "(p.start * \(Self.one))", bound: 1439e9, integral: true)
      case 1: return Generated(coop: "p.stop", sql: "(p.stop * \(Self.one))", bound: 1439e9, integral: true)
      default:
        let m = pick(1440)
        let text = (m / 60 < 10 ? "0" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)"
        return Generated(coop: text, sql: "(\(m * Self.one))", bound: Double(m) * 1e9, integral: true)
      }
    case .bool:
      switch pick(6) {
      case 0: return Generated(coop: "p.active", sql: "p.active", bound: 1, integral: false)
      case 1:
        let c = ["short", "long", "other"][pick(3)]
        let op = chance(50) ? ("==", "=") : ("!=", "<>")
        return Generated(coop: "p.kind \(op.0) Kind.\(c)", sql: "(p.kind \(op.1) '\(c)')", bound: 1, integral: false)
      case 2:
        let z = [10, 20, 30][pick(3)]
        return Generated(coop: "p.area == \(z)", sql: "(p.area = \(z))", bound: 1, integral: false)
      case 3: return Generated(coop: "p.area != p.site.area", sql: "(p.area <> s.area)", bound: 1, integral: false)
      case 4:
        let name = GeneratedStores.names[pick(GeneratedStores.names.count)]
        let sqlName = name.replacingOccurrences(of: "'", with: "''")
        return Generated(coop: "p.name == \"\(name)\"", sql: "(p.name = '\(sqlName)')", bound: 1, integral: false)
      default:
        let v = chance(50)
        return Generated(coop: v ? "true" : "false", sql: v ? "1" : "0", bound: 1, integral: false)
      }
    }
  }

  /// A whole plain number: an int column, `k` or an int literal.
  mutating func integralLeaf() -> Generated {
    while true {
      let leaf = leaf(.plain)
      if leaf.integral { return leaf }
    }
  }

  /// A point: a column, `point(lat, lon)` of plain expressions, or an element of `centers`.
  mutating func point(depth: Int) -> Generated {
    switch pick(centers.isEmpty ? 3 : 4) {
    case 0: return Generated(coop: "p.home", sql: "\(Self.grid("p.home_lat", perUnit: 1000)), \(Self.grid("p.home_lon", perUnit: 1000))", bound: 0, integral: false)
    case 1:
      return Generated(
        coop: "p.site.location",
        sql: "\(Self.grid("s.location_lat", perUnit: 10_000)), \(Self.grid("s.location_lon", perUnit: 10_000))", bound: 0,
        integral: false)
    case 2:
      let (a, b) = (expression(.plain, depth: depth - 1), expression(.plain, depth: depth - 1))
      return Generated(coop: "point(\(a.coop), \(b.coop))", sql: "\(a.sql), \(b.sql)", bound: 0, integral: false)
    default:
      let i = integralLeaf()
      let index = "((\(i.sql)) / \(Self.one))"
      func element(_ pick: ((Int64, Int64)) -> Int64) -> String {
        var text = "(CASE WHEN \(index) <= 0 THEN \(pick(centers[0]))"
        for (n, c) in centers.enumerated().dropFirst() { text += " WHEN \(index) = \(n) THEN \(pick(c))" }
        return text + " ELSE \(pick(centers[centers.count - 1])) END)"
      }
      return Generated(coop: "centers[\(i.coop)]", sql: "\(element { $0.0 }), \(element { $0.1 })", bound: 0, integral: false)
    }
  }

  mutating func timeExpression(_ depth: Int) -> Generated {
    let (a, b) = (expression(.time, depth: depth - 1), expression(.time, depth: depth - 1))
    let f = chance(50) ? "min" : "max"
    return Generated(coop: "\(f)(\(a.coop), \(b.coop))", sql: "\(f.uppercased())(\(a.sql), \(b.sql))", bound: max(a.bound, b.bound), integral: true)
  }

  mutating func boolean(_ depth: Int) -> Generated {
    switch pick(5) {
    case 0:
      let x = expression(.bool, depth: depth - 1)
      return Generated(coop: "not (\(x.coop))", sql: "(NOT \(x.sql))", bound: 1, integral: false)
    case 1, 2:
      let (a, b) = (expression(.bool, depth: depth - 1), expression(.bool, depth: depth - 1))
      let op = chance(50) ? ("and", "AND") : ("or", "OR")
      return Generated(coop: "(\(a.coop)) \(op.0) (\(b.coop))", sql: "(\(a.sql) \(op.1) \(b.sql))", bound: 1, integral: false)
    default:
      let kind = [GeneratedKind.plain, .distance, .duration, .time][pick(4)]
      let (a, b) = (expression(kind, depth: depth - 1), expression(kind, depth: depth - 1))
      let ops = [("==", "="), ("!=", "<>"), ("<", "<"), ("<=", "<="), (">", ">"), (">=", ">=")]
      let op = ops[pick(ops.count)]
      return Generated(coop: "(\(a.coop)) \(op.0) (\(b.coop))", sql: "(\(a.sql) \(op.1) \(b.sql))", bound: 1, integral: false)
    }
  }

  mutating func arithmetic(_ kind: GeneratedKind, _ depth: Int) -> Generated {
    let a = expression(kind, depth: depth - 1)
    switch pick(kind == .plain ? 10 : 8) {
    case 0, 1:
      let b = expression(kind, depth: depth - 1)
      let add = chance(50)
      let sql = add ? "(\(a.sql) + \(b.sql))" : "(\(a.sql) - \(b.sql))"
      return Generated(coop: "(\(a.coop)) \(add ? "+" : "-") (\(b.coop))", sql: sql, bound: a.bound + b.bound, integral: a.integral && b.integral)
    case 2:
      // × an integral plain factor: exact in SQL as a · (b / 10⁹).
      let b = expression(.plain, depth: depth - 1)
      guard b.integral, a.bound * b.bound / 1e9 <= Self.limit else { return a }
      return Generated(
        coop: "(\(a.coop)) * (\(b.coop))", sql: "(\(a.sql) * (\(b.sql) / \(Self.one)))", bound: a.bound * b.bound / 1e9,
        integral: a.integral)
    case 3:
      // ÷ an integral plain divisor, 0 when it is 0.
      let b = expression(.plain, depth: depth - 1)
      guard b.integral else { return a }
      let c = "(\(b.sql) / \(Self.one))"
      let sql =
        "(CASE WHEN \(c) = 0 THEN 0 WHEN \(c) > 0 THEN \(Self.roundDiv(a.sql, c)) ELSE \(Self.roundDiv("(-\(a.sql))", "(-\(c))")) END)"
      return Generated(coop: "(\(a.coop)) / (\(b.coop))", sql: sql, bound: a.bound, integral: false)
    case 4:
      let f = chance(50) ? "min" : "max"
      let b = expression(kind, depth: depth - 1)
      return Generated(coop: "\(f)(\(a.coop), \(b.coop))", sql: "\(f.uppercased())(\(a.sql), \(b.sql))", bound: max(a.bound, b.bound), integral: a.integral && b.integral)
    case 5: return Generated(coop: "abs(\(a.coop))", sql: "ABS(\(a.sql))", bound: a.bound, integral: a.integral)
    case 6: return Generated(coop: "-(\(a.coop))", sql: "(-\(a.sql))", bound: a.bound, integral: a.integral)
    case 7:
      let (low, high) = clampBounds(kind)
      return Generated(
        coop: "clamp(\(a.coop), \(low.coop), \(high.coop))", sql: "MIN(MAX(\(a.sql), \(low.sql)), \(high.sql))",
        bound: max(low.bound, high.bound), integral: a.integral)
    case 8:
      let rounded = "(\(Self.roundDiv(a.sql, "\(Self.one)")) * \(Self.one))"
      return Generated(coop: "round(\(a.coop))", sql: rounded, bound: a.bound + 1e9, integral: true)
    default:
      // Remainder of integral plain numbers, 0 when the divisor is 0.
      let b = expression(.plain, depth: depth - 1)
      guard a.integral, b.integral else { return a }
      return Generated(
        coop: "(\(a.coop)) % (\(b.coop))", sql: "(CASE WHEN \(b.sql) = 0 THEN 0 ELSE \(a.sql) % \(b.sql) END)",
        bound: min(a.bound, b.bound), integral: true)
    }
  }

  /// Literal clamp bounds of `kind`, low ≤ high, with their coop text and SQL value.
  mutating func clampBounds(_ kind: GeneratedKind) -> (low: Generated, high: Generated) {
    let (x, y) = (pick(101) - 50, pick(101) - 50)
    let (low, high) = (min(x, y), max(x, y))
    switch kind {
    case .distance:
      let (l, h) = (abs(low), abs(low) + abs(high))
      return (
        Generated(coop: "\(l) km", sql: "(\(l * 1_000_000_000_000))", bound: Double(l) * 1e12, integral: true),
        Generated(coop: "\(h) km", sql: "(\(h * 1_000_000_000_000))", bound: Double(h) * 1e12, integral: true)
      )
    case .duration:
      let (l, h) = (abs(low), abs(low) + abs(high))
      return (
        Generated(coop: "\(l) min", sql: "(\(l * 60 * Self.one))", bound: Double(l) * 60e9, integral: true),
        Generated(coop: "\(h) min", sql: "(\(h * 60 * Self.one))", bound: Double(h) * 60e9, integral: true)
      )
    default: return (Self.literal(low), Self.literal(high))
    }
  }
}
