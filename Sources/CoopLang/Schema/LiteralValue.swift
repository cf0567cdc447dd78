/// Reads literal values (`30 min`, `-21.40`, `08:30`) in the base units of a type.
public enum LiteralValue {
  /// Why a literal could not be read as a value of a type.
  public enum Problem: Error, Equatable, Sendable {
    /// Not a literal number or time (possibly negated).
    case notLiteral
    /// A plain number where a quantity of this dimension is expected.
    case missingUnit(Unit.Dimension)
    /// A quantity of the wrong dimension.
    case wrongUnit(have: Unit, want: Unit.Dimension?)
    /// A decimal where an integer is expected.
    case notInteger
    /// The value does not fit 64 bits at its scale.
    case overflow
    /// The value, in base units, has more decimals or a larger magnitude than the run time holds
    /// (`RuntimeNumbers`).
    case beyondRuntime(RuntimeNumbers.Problem)
  }

  /// The value of literal `expr` as a `type`, in base units: metres, seconds, minutes of the day,
  /// degrees for points and plain numbers otherwise. Values the run time cannot hold exactly
  /// (`RuntimeNumbers`) are refused.
  public static func value(of expr: Expr, as type: ValueType) -> Result<ExactDecimal, Problem> {
    value(ofUnchecked: expr, as: type).flatMap { v in
      RuntimeNumbers.problem(with: v).map { .failure(.beyondRuntime($0)) } ?? .success(v)
    }
  }

  private static func value(ofUnchecked expr: Expr, as type: ValueType) -> Result<ExactDecimal, Problem> {
    switch expr.kind {
    case .unary(.negate, let inner):
      return value(ofUnchecked: inner, as: type).flatMap { v in
        v.negated.map { .success($0) } ?? .failure(.overflow)
      }
    case .time(let minutes, _):
      return type == .time ? .success(ExactDecimal(units: minutes)) : .failure(.notLiteral)
    case .number(let n):
      guard let plain = ExactDecimal(n.digits) else { return .failure(.overflow) }
      switch (type.dimension, n.unit) {
      case (nil, nil):
        if type == .int, !plain.isInteger { return .failure(.notInteger) }
        return .success(plain)
      case (let want?, nil): return .failure(.missingUnit(want))
      case (nil, let unit?): return .failure(.wrongUnit(have: unit, want: nil))
      case (let want?, let unit?):
        guard unit.dimension == want else { return .failure(.wrongUnit(have: unit, want: want)) }
        return plain.times(unit.baseFactor).map { .success($0) } ?? .failure(.overflow)
      }
    default:
      return .failure(.notLiteral)
    }
  }

  /// What numbers the run time holds, in words.
  static var rangeNote: String {
    "numbers have at most \(RuntimeNumbers.decimals) decimals and a magnitude of at most \(RuntimeNumbers.maxMagnitude), in base units (metres, seconds, minutes of the day, degrees)"
  }

  /// A diagnostic for `problem` at `expr`, in the words authors need.
  public static func diagnostic(_ problem: Problem, at expr: Expr, expected type: ValueType) -> Diagnostic {
    switch problem {
    case .notLiteral:
      return Diagnostic(.invalidLiteral, at: expr.range, "expected a literal \(type) here")
    case .missingUnit(let dimension):
      let example = dimension == .distance ? "km" : "min"
      let text = ExpressionPrinter.print(expr)
      return Diagnostic(
        .missingUnit, at: expr.range, "missing unit: '\(text)' is a plain number, but a \(type) is expected",
        notes: [DiagnosticNote("\(dimension) units are \(dimension == .distance ? "km, m" : "h, min, s")")],
        fixIt: FixIt("write '\(text) \(example)'", range: expr.range, replacement: "\(text) \(example)"))
    case .wrongUnit(let have, let want):
      let wanted = want.map { "a \($0)" } ?? "a plain number"
      return Diagnostic(
        .wrongUnit, at: expr.range, "'\(have.rawValue)' measures \(have.dimension), but \(wanted) is expected here",
        notes: [DiagnosticNote("have: \(have.dimension)"), DiagnosticNote("want: \(type)")])
    case .notInteger:
      return Diagnostic(.invalidLiteral, at: expr.range, "expected an integer, found a decimal")
    case .overflow:
      return Diagnostic(
        .numberOutOfRange, at: expr.range, "'\(ExpressionPrinter.print(expr))' is out of range",
        notes: [DiagnosticNote(rangeNote)])
    case .beyondRuntime(let p):
      return Diagnostic(
        .numberOutOfRange, at: expr.range, RuntimeNumbers.message(p, text: ExpressionPrinter.print(expr), type: type),
        notes: [DiagnosticNote(rangeNote)])
    }
  }
}
