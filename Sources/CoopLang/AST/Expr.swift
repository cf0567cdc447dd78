/// A name as written, with its range.
public struct Identifier: Hashable, Sendable {
  /// The name.
  public var name: String
  /// Where it is written.
  public var range: SourceRange

  /// The identifier `name` at `range`.
  public init(_ name: String, _ range: SourceRange) {
    self.name = name
    self.range = range
  }
}

/// An integer literal where the grammar requires one (versions, counts, limits).
public struct IntegerLiteral: Hashable, Sendable {
  /// The value; saturates at `Int.max` (the checker reports values that large).
  public var value: Int
  /// The digits as written.
  public var text: String
  /// Where it is written.
  public var range: SourceRange
}

/// A string literal where the grammar requires one (titles, zone names).
public struct StringLiteral: Hashable, Sendable {
  /// The decoded value.
  public var value: String
  /// Where it is written, quotes included.
  public var range: SourceRange
}

/// A number with an optional unit, kept exactly as written (`0.50`, `30 min`).
public struct NumberLiteral: Hashable, Sendable {
  /// The digits, with a decimal point if any.
  public var digits: String
  /// The unit, if one follows.
  public var unit: Unit?

  /// Whether the number has a fractional part.
  public var isInteger: Bool { !digits.contains(".") }
}

/// Binary operators, loosest first by precedence group.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">="
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

  /// Binding strength: higher binds tighter.
  public var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: 4
    case .add, .subtract: 5
    case .multiply, .divide, .remainder: 6
    }
  }

  /// Comparisons do not associate: `a < b < c` is an error.
  public var isComparison: Bool { precedence == 4 }
}

/// Unary operators.
public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case not

  /// Binding strength, on the same scale as `BinaryOperator.precedence`.
  public var precedence: Int { self == .not ? 3 : 7 }
}

/// An expression node; every node carries its source range.
public struct Expr: Hashable, Sendable {
  /// What the expression is.
  public indirect enum Kind: Hashable, Sendable {
    case number(NumberLiteral)
    case string(String)
    /// A time of day in minutes since midnight, with its canonical `HH:MM` spelling.
    case time(minutes: Int, text: String)
    case bool(Bool)
    case name(Identifier)
    case member(Expr, Identifier)
    case index(Expr, Expr)
    case call(Expr, [Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case list([Expr])
    /// Stands for an expression that failed to parse (already diagnosed).
    case error
  }

  /// What the expression is.
  public var kind: Kind
  /// Where it is written.
  public var range: SourceRange

  /// An expression of `kind` at `range`.
  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}
