/// Prints expressions on one line with the fewest parentheses that keep the same tree.
enum ExpressionPrinter {
  /// The canonical text of `expr`.
  static func print(_ expr: Expr) -> String {
    switch expr.kind {
    case .number(let n): n.digits + (n.unit.map { " " + $0.rawValue } ?? "")
    case .string(let s): quote(s)
    case .time(_, let text): text
    case .bool(let b): b ? "true" : "false"
    case .name(let id): id.name
    case .member(let base, let member): postfixBase(base) + "." + member.name
    case .index(let base, let index): postfixBase(base) + "[" + print(index) + "]"
    case .call(let callee, let args):
      postfixBase(callee) + "(" + args.map(print).joined(separator: ", ") + ")"
    case .list(let items): "[" + items.map(print).joined(separator: ", ") + "]"
    case .unary(.not, let operand):
      "not " + wrap(operand, if: precedence(operand) < UnaryOperator.not.precedence)
    case .unary(.negate, let operand):
      "-" + wrap(operand, if: precedence(operand) <= UnaryOperator.negate.precedence)
    case .binary(let op, let left, let right):
      binary(op, left, right)
    case .error: "<error>"
    }
  }

  private static func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr) -> String {
    let lp = precedence(left)
    let rp = precedence(right)
    let leftText = wrap(left, if: lp < op.precedence || (op.isComparison && lp == op.precedence))
    let rightText = wrap(right, if: rp <= op.precedence)
    return "\(leftText) \(op.rawValue) \(rightText)"
  }

  /// Binding strength of an expression's outermost operator; atoms bind tightest.
  static func precedence(_ expr: Expr) -> Int {
    switch expr.kind {
    case .binary(let op, _, _): op.precedence
    case .unary(let op, _): op.precedence
    default: 8
    }
  }

  private static func postfixBase(_ expr: Expr) -> String {
    wrap(expr, if: precedence(expr) < 8)
  }

  private static func wrap(_ expr: Expr, if needed: Bool) -> String {
    needed ? "(" + print(expr) + ")" : print(expr)
  }

  /// A string literal with the escapes the lexer reads.
  static func quote(_ s: String) -> String {
    var out = "\""
    for ch in s {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(ch)
      }
    }
    return out + "\""
  }
}
