import CoopLang

extension QueryCompiler {
  /// SQL for a scalar expression (points are compiled in pairs by `point`).
  mutating func scalar(_ e: TypedExpr) throws -> String {
    switch e {
    case .number(let v, _): return v.description
    case .bool(let b): return b ? "1" : "0"
    case .string(let s): return SQL.literal(s)
    case .enumCase(_, let c): return SQL.literal(c)
    case .zone(_, let code): return String(code)
    case .column(let path):
      let a = aliasFor(path.joins)
      readColumn(path)
      return "\(a).\(SQL.quote(path.column))"
    case .param(let name, _):
      guard case .number(let v)? = parameters[name] else {
        throw ExecutionError.badParameter("'\(name)' has no numeric value")
      }
      return bindValue(.real(v.doubleValue))
    case .coordinate(let p, let c): return try coordinate(p, c)
    case .unary(.not, let x, _): return "(NOT \(try scalar(x)))"
    case .unary(.negate, let x, _): return "(-\(try scalar(x)))"
    case .binary(let op, let a, let b, _): return try binary(op, a, b)
    case .call(let f, let args, _): return try call(f, args)
    case .index(.param(let name, _), let index, _):
      let values = try listItems(name).map { item -> SandboxValue in
        guard case .number(let v) = item else { throw ExecutionError.badParameter("'\(name)' holds no numbers") }
        return .real(v.doubleValue)
      }
      return try select(index, from: values)
    case .index, .list, .released, .key, .invalid:
      throw ExecutionError.badParameter("expression cannot run at the edge: \(e)")
    }
  }

  private mutating func binary(_ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr) throws -> String {
    let x = try scalar(a)
    let y = try scalar(b)
    switch op {
    case .and: return "(\(x) AND \(y))"
    case .or: return "(\(x) OR \(y))"
    case .equal: return "(\(x) = \(y))"
    case .notEqual: return "(\(x) <> \(y))"
    case .less, .lessEqual, .greater, .greaterEqual, .add, .subtract, .multiply, .remainder:
      return "(\(x) \(op.rawValue) \(y))"
    case .divide: return "(CAST(\(x) AS REAL) / \(y))"
    }
  }

  private mutating func call(_ f: Builtin, _ args: [TypedExpr]) throws -> String {
    switch f {
    case .distance:
      let (la, lo) = try point(args[0])
      let (lb, lob) = try point(args[1])
      return "coop_distance(\(la), \(lo), \(lb), \(lob))"
    case .slot:
      guard case .number(let seconds, _) = args[1], let s = seconds.rescaled(to: 0)?.units, s >= 60 else {
        throw ExecutionError.badParameter("slot length")
      }
      return "(\(try scalar(args[0])) / \(s / 60))"
    case .nearest:
      let (lat, lon) = try point(args[0])
      guard case .param(let name, _) = args[1], case .list(let items)? = parameters[name], !items.isEmpty else {
        throw ExecutionError.badParameter("'nearest' needs a non-empty list of points")
      }
      var text = "coop_nearest(\(lat), \(lon)"
      for item in items {
        guard case .point(let la, let lo) = item else { throw ExecutionError.badParameter("'nearest' needs points") }
        text += ", \(bindValue(.real(la.doubleValue))), \(bindValue(.real(lo.doubleValue)))"
      }
      return text + ")"
    case .clamp: return "MIN(MAX(\(try scalar(args[0])), \(try scalar(args[1]))), \(try scalar(args[2])))"
    case .min: return "MIN(\(try scalar(args[0])), \(try scalar(args[1])))"
    case .max: return "MAX(\(try scalar(args[0])), \(try scalar(args[1])))"
    case .abs: return "ABS(\(try scalar(args[0])))"
    case .round: return "CAST(ROUND(\(try scalar(args[0]))) AS INTEGER)"
    case .point, .count, .sum, .mean, .zoneCentroids:
      throw ExecutionError.badParameter("'\(f.rawValue)' cannot run here")
    }
  }

  /// SQL for the latitude and longitude of a point expression, latitude first (in text and in
  /// bound values, which are positional).
  mutating func point(_ e: TypedExpr) throws -> (String, String) {
    (try coordinate(e, .lat), try coordinate(e, .lon))
  }

  /// SQL for one coordinate of a point expression; binds only what that coordinate reads.
  mutating func coordinate(_ e: TypedExpr, _ c: TypedExpr.Coordinate) throws -> String {
    func half(_ value: ParameterValue) throws -> SandboxValue {
      guard case .point(let la, let lo) = value else { throw ExecutionError.badParameter("expected a point, found \(value)") }
      return .real((c == .lat ? la : lo).doubleValue)
    }
    switch e {
    case .column(let path):
      let a = aliasFor(path.joins)
      readColumn(path)
      return "\(a).\(SQL.quote(path.column + (c == .lat ? "_lat" : "_lon")))"
    case .call(.point, let args, _): return try scalar(args[c == .lat ? 0 : 1])
    case .param(let name, _):
      guard let value = parameters[name] else { throw ExecutionError.badParameter("'\(name)' has no value") }
      return bindValue(try half(value))
    case .index(.param(let name, _), .number(let i, _), _):
      let items = try listItems(name)
      guard let n = i.rescaled(to: 0)?.units, items.indices.contains(n) else {
        throw ExecutionError.badParameter("'\(name)' has no point at \(i)")
      }
      return bindValue(try half(items[n]))
    case .index(.param(let name, _), let index, _):
      return try select(index, from: try listItems(name).map(half))
    default:
      throw ExecutionError.badParameter("a point expression cannot run at the edge: \(e)")
    }
  }

  /// The values of a list parameter.
  private func listItems(_ name: String) throws -> [ParameterValue] {
    guard case .list(let items)? = parameters[name], !items.isEmpty else {
      throw ExecutionError.badParameter("'\(name)' is not a non-empty list")
    }
    return items
  }

  /// `CASE index WHEN 0 THEN v0 WHEN 1 THEN v1 … END`: the element a computed index selects;
  /// NULL past the end (a sum skips it, a mean still counts its row, and a comparison with it is
  /// neither true nor false, so `where` drops the row, negated or not).
  /// The index is compiled before the values are bound: placeholders are positional.
  private mutating func select(_ index: TypedExpr, from values: [SandboxValue]) throws -> String {
    var text = "(CASE \(try scalar(index))"
    for (i, value) in values.enumerated() { text += " WHEN \(i) THEN \(bindValue(value))" }
    return text + " END)"
  }
}
