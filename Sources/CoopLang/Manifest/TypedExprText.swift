/// Plain-words text of checked expressions, for review sheets.
enum TypedExprText {
  static func text(_ e: TypedExpr) -> String {
    switch e {
    case .number(let v, let t):
      switch t {
      case .distance: return "\(Manifest.display(v, 1000)) km"
      case .duration: return "\(v) s"
      case .time:
        let m = v.rescaled(to: 0)?.units ?? 0
        return String(format2(m / 60)) + ":" + format2(m % 60)
      default: return v.description
      }
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return "\"\(s)\""
    case .column(let path): return path.description
    case .param(let name, _), .released(let name), .key(let name, _): return name
    case .enumCase(let e, let c): return "\(e).\(c)"
    case .zone(_, let code): return String(code)
    case .unary(.not, let x, _): return "not " + text(x)
    case .unary(.negate, let x, _): return "-" + text(x)
    case .binary(let op, let a, let b, _): return "\(text(a)) \(op.rawValue) \(text(b))"
    case .call(let f, let args, _): return "\(f.rawValue)(\(args.map(text).joined(separator: ", ")))"
    case .coordinate(let x, let c): return "\(text(x)).\(c.rawValue)"
    case .list(let items, _): return "[" + items.map(text).joined(separator: ", ") + "]"
    case .index(let a, let i, _): return "\(text(a))[\(text(i))]"
    case .invalid: return "?"
    }
  }

  private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
