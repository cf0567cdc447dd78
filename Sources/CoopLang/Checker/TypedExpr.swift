/// A checked expression: names resolved, types known, units converted to base units.
public indirect enum TypedExpr: Hashable, Sendable {
  /// A number in base units (metres, seconds, minutes of the day, plain numbers).
  case number(ExactDecimal, ValueType)
  case bool(Bool)
  case string(String)
  /// A column of the row, reached through zero or more foreign keys.
  case column(ColumnPath)
  /// A public parameter.
  case param(String, ValueType)
  /// In `combine`: a released value of the current cell (its noisy value).
  case released(String)
  /// In `combine`: the value of a group key of the current cell.
  case key(String, ValueType)
  /// `Mode.car_solo`.
  case enumCase(String, String)
  /// A zone given by code.
  case zone(String, Int)
  case unary(UnaryOperator, TypedExpr, ValueType)
  case binary(BinaryOperator, TypedExpr, TypedExpr, ValueType)
  case call(Builtin, [TypedExpr], ValueType)
  /// `.lat` or `.lon` of a point, in degrees.
  case coordinate(TypedExpr, Coordinate)
  case list([TypedExpr], ValueType)
  case index(TypedExpr, TypedExpr, ValueType)
  /// A part that failed to check (already diagnosed).
  case invalid

  /// A component of a point.
  public enum Coordinate: String, Sendable, Hashable {
    case lat, lon
  }

  /// The expression's type.
  public var type: ValueType {
    switch self {
    case .number(_, let t): t
    case .bool: .bool
    case .string: .string
    case .column(let path): path.type
    case .param(_, let t), .key(_, let t): t
    case .released: .decimal
    case .enumCase(let e, _): .enumeration(e)
    case .zone(let d, _): .zone(d)
    case .unary(_, _, let t), .binary(_, _, _, let t), .call(_, _, let t), .list(_, let t),
      .index(_, _, let t):
      t
    case .coordinate: .decimal
    case .invalid: .invalid
    }
  }

  /// Every column the expression reads.
  public var columns: [ColumnPath] {
    switch self {
    case .column(let path): [path]
    case .unary(_, let e, _), .coordinate(let e, _): e.columns
    case .binary(_, let a, let b, _), .index(let a, let b, _): a.columns + b.columns
    case .call(_, let args, _), .list(let args, _): args.flatMap(\.columns)
    default: []
    }
  }
}

/// A column reached from the script's row: `e.site.zone` is joins `["site"]`, column `zone`.
public struct ColumnPath: Hashable, Sendable, CustomStringConvertible {
  /// The foreign-key columns followed, in order, from the `from` table.
  public var joins: [String]
  /// The table holding the column.
  public var table: String
  /// The column's name.
  public var column: String
  /// The column's type.
  public var type: ValueType

  /// `site.zone`.
  public var description: String { (joins + [column]).joined(separator: ".") }
}
