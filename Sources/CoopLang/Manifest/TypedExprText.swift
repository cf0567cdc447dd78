/// Prints checked expressions as Coop source, for review sheets: what the board reads is what
/// runs. Parsing and checking the text again, where the expression was checked, gives the same
/// `TypedExpr`: parentheses go wherever the operators' precedences need them (the same rules as
/// `ExpressionPrinter`), columns keep the row's alias (`e.mode`, never a bare `mode` a parameter
/// could shadow), and numbers keep their type (`2.0` stays a decimal).
public enum TypedExprText {
  /// The source text of `e`, whose row is named `alias`.
  public static func text(_ e: TypedExpr, alias: String) -> String {
    Printer(alias: alias).print(e)
  }

  private struct Printer {
    let alias: String

    func print(_ e: TypedExpr) -> String {
      switch e {
      case .number(let v, let t): number(v, t)
      case .bool(let b): b ? "true" : "false"
      case .string(let s): ExpressionPrinter.quote(s)
      case .column(let path): ([alias] + path.joins + (path.column.isEmpty ? [] : [path.column])).joined(separator: ".")
      case .param(let name, _), .released(let name), .key(let name, _): name
      case .enumCase(let e, let c): "\(e).\(c)"
      case .zone(_, let code): String(code)
      case .unary(.not, let x, _): "not " + wrap(x, if: precedence(x) < UnaryOperator.not.precedence)
      case .unary(.negate, let x, _): "-" + wrap(x, if: precedence(x) <= UnaryOperator.negate.precedence)
      case .binary(let op, let a, let b, _): binary(op, a, b)
      case .call(let f, let args, _): "\(f.rawValue)(\(args.map(print).joined(separator: ", ")))"
      case .coordinate(let x, let c): postfixBase(x) + "." + c.rawValue
      case .list(let items, _): "[" + items.map(print).joined(separator: ", ") + "]"
      case .index(let a, let i, _): postfixBase(a) + "[" + print(i) + "]"
      case .invalid: "?"
      }
    }

    private func binary(_ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr) -> String {
      let lp = precedence(a)
      let left = wrap(a, if: lp < op.precedence || (op.isComparison && lp == op.precedence))
      let right = wrap(b, if: precedence(b) <= op.precedence)
      return "\(left) \(op.rawValue) \(right)"
    }

    /// Binding strength of the outermost operator, on `BinaryOperator.precedence`'s scale;
    /// a negative number is printed with a unary minus, atoms bind tightest.
    private func precedence(_ e: TypedExpr) -> Int {
      switch e {
      case .binary(let op, _, _, _): op.precedence
      case .unary(let op, _, _): op.precedence
      case .number(let v, _) where v.units < 0: UnaryOperator.negate.precedence
      default: 8
      }
    }

    private func postfixBase(_ e: TypedExpr) -> String { wrap(e, if: precedence(e) < 8) }

    private func wrap(_ e: TypedExpr, if needed: Bool) -> String {
      needed ? "(" + print(e) + ")" : print(e)
    }

    /// A literal that checks back to `v` of type `t`, in the unit a reader expects.
    private func number(_ v: ExactDecimal, _ t: ValueType) -> String {
      switch t {
      case .distance:
        let km = Manifest.display(v, 1000)
        return ExactDecimal(km)?.times(1000) == v ? km + " km" : "\(v) m"
      case .duration:
        for (unit, seconds) in [("h", 3600), ("min", 60)] {
          if let whole = v.rescaled(to: 0)?.units, whole != 0, whole % seconds == 0 { return "\(whole / seconds) \(unit)" }
        }
        return "\(v) s"
      case .time:
        let minutes = v.rescaled(to: 0)?.units ?? 0
        let m = Swift.abs(minutes)
        return (minutes < 0 ? "-" : "") + format2(m / 60) + ":" + format2(m % 60)
      case .decimal:
        // A decimal keeps a decimal point: `2` would check back as an int.
        return v.isInteger ? v.description + ".0" : v.description
      default:
        return v.description
      }
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  }
}
