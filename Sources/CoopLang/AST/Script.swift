/// A parsed `.coop` script. Clauses are optional because a script with errors still parses.
public struct Script: Hashable, Sendable {
  /// `algorithm NAME version N` and its header items.
  public var header: AlgorithmHeader
  /// `param` declarations, in order.
  public var params: [ParamDecl] = []
  /// `rounds N`, for multi-round scripts.
  public var rounds: IntegerLiteral?
  /// Where `rounds` is written.
  public var roundsRange: SourceRange?
  /// The `privacy` clause.
  public var privacy: PrivacyClause?
  /// `from TABLE ALIAS`.
  public var from: FromClause?
  /// `where EXPR`.
  public var filter: Expr?
  /// Where the `where`, `group`, `release` and `combine` keywords are, for tools that place
  /// text around clauses (the formatter's comments).
  public var clauseKeywords = ClauseKeywords()
  /// `group by KEY, …`.
  public var groupBy: [GroupKey]?
  /// `release NAME = AGG …`.
  public var release: [ReleaseItem]?
  /// `combine …`.
  public var combine: [CombineItem]?
  /// The whole script.
  public var range: SourceRange
}

/// `algorithm NAME version N` with `title`, `description` and `uses`.
public struct AlgorithmHeader: Hashable, Sendable {
  /// The algorithm's name.
  public var name: Identifier
  /// Its version.
  public var version: IntegerLiteral?
  /// `title "…"`.
  public var title: StringLiteral?
  /// `description "…"`.
  public var description: StringLiteral?
  /// `uses SCHEMA N`.
  public var uses: SchemaReference?
  /// The header's range.
  public var range: SourceRange
}

/// `uses mobility 1`: the schema a script is written against.
public struct SchemaReference: Hashable, Sendable {
  /// The schema's name.
  public var name: Identifier
  /// The schema's version.
  public var version: IntegerLiteral
}

/// A type as written: a name (`point`, `Mode`) or `list<T> max N`.
public indirect enum TypeRef: Hashable, Sendable {
  case named(Identifier)
  case list(element: TypeRef, max: IntegerLiteral, range: SourceRange)

  /// Where the type is written.
  public var range: SourceRange {
    switch self {
    case .named(let id): id.range
    case .list(_, _, let range): range
    }
  }
}

/// `in LOW .. HIGH`.
public struct RangeBound: Hashable, Sendable {
  /// The lower bound.
  public var low: Expr
  /// The upper bound.
  public var high: Expr
}

/// `param NAME: TYPE [in LOW .. HIGH] [init EXPR]`.
public struct ParamDecl: Hashable, Sendable {
  /// The parameter's name.
  public var name: Identifier
  /// Its type.
  public var type: TypeRef
  /// Its bounds, for scalars.
  public var bound: RangeBound?
  /// Its initial value.
  public var initial: Expr?
  /// The declaration's range.
  public var range: SourceRange
}

/// `privacy` with `unit`, `epsilon` and `min_group`.
public struct PrivacyClause: Hashable, Sendable {
  /// `unit NAME`.
  public var unit: Identifier?
  /// `epsilon N`.
  public var epsilon: NumberLiteral?
  /// Where the epsilon value is written.
  public var epsilonRange: SourceRange?
  /// `epsilon N per round`.
  public var epsilonPerRound = false
  /// `min_group N`.
  public var minGroup: IntegerLiteral?
  /// The clause's range.
  public var range: SourceRange
}

/// `from TABLE ALIAS`.
public struct FromClause: Hashable, Sendable {
  /// The table read.
  public var table: Identifier
  /// The name rows are bound to.
  public var alias: Identifier
  /// The clause's range.
  public var range: SourceRange
}

/// A grouping key, `EXPR [as NAME]`.
public struct GroupKey: Hashable, Sendable {
  /// The key expression.
  public var expr: Expr
  /// Its name, if given.
  public var alias: Identifier?
}

/// `NAME = AGGREGATE [epsilon N]`.
public struct ReleaseItem: Hashable, Sendable {
  /// The released value's name.
  public var name: Identifier
  /// The aggregate.
  public var value: Expr
  /// An explicit share of ε for this value.
  public var epsilon: NumberLiteral?
  /// Where the share is written.
  public var epsilonRange: SourceRange?
  /// The item's range.
  public var range: SourceRange
}

/// `NAME[KEY] = EXPR [where GUARD]`: one assignment of the hub's combine step.
public struct CombineItem: Hashable, Sendable {
  /// The parameter assigned.
  public var target: Identifier
  /// The group key indexing it, if any.
  public var key: Identifier?
  /// The new value.
  public var value: Expr
  /// The condition under which the assignment happens.
  public var guardExpr: Expr?
  /// The item's range.
  public var range: SourceRange
}

/// Where some clause keywords are written (the other clauses' ranges start at their keyword).
public struct ClauseKeywords: Hashable, Sendable {
  /// The `where` keyword.
  public var filter: SourceRange?
  /// The `group` keyword.
  public var group: SourceRange?
  /// The `release` keyword.
  public var release: SourceRange?
  /// The `combine` keyword.
  public var combine: SourceRange?
}
