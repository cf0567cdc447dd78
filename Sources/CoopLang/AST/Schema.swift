/// A parsed `.coopschema` file: the normalized data model scripts are written against.
public struct Schema: Hashable, Sendable {
  /// `schema NAME version N` and its header items.
  public var header: SchemaHeader
  /// Declarations in source order.
  public var items: [SchemaItem]
  /// The whole schema.
  public var range: SourceRange
}

/// `schema NAME version N` with `title` and `description`.
public struct SchemaHeader: Hashable, Sendable {
  /// The schema's name.
  public var name: Identifier
  /// Its version.
  public var version: IntegerLiteral?
  /// `title "…"`.
  public var title: StringLiteral?
  /// `description "…"`.
  public var description: StringLiteral?
  /// The header's range.
  public var range: SourceRange
}

/// One declaration of a schema.
public enum SchemaItem: Hashable, Sendable {
  /// `unit NAME`: the privacy unit.
  case unit(Identifier)
  /// `enum NAME { a, b }`.
  case enumeration(EnumDecl)
  /// `zones NAME { CODE "name" at LAT, LON [weight N] … }`.
  case zones(ZonesDecl)
  /// `table NAME [rows per UNIT N[..M]] { column… }`.
  case table(TableDecl)
}

/// `enum NAME { a, b, … }`.
public struct EnumDecl: Hashable, Sendable {
  /// The enum's name.
  public var name: Identifier
  /// Its cases, in order.
  public var cases: [Identifier]
  /// The declaration's range.
  public var range: SourceRange
}

/// A public, finite domain of geographic zones.
public struct ZonesDecl: Hashable, Sendable {
  /// The domain's name (a type name, e.g. `Zone`).
  public var name: Identifier
  /// Its zones, in order.
  public var entries: [ZoneEntry]
  /// The declaration's range.
  public var range: SourceRange
}

/// `97411 "Saint-Denis" at -20.89, 55.45 weight 153901`.
public struct ZoneEntry: Hashable, Sendable {
  /// The zone's code.
  public var code: IntegerLiteral
  /// Its name.
  public var name: StringLiteral
  /// Its reference point's latitude, as written (`-20.89`).
  public var latitude: String
  /// Its reference point's longitude, as written.
  public var longitude: String
  /// An optional public weight (e.g. residents), used to pick zones by size.
  public var weight: IntegerLiteral?
  /// The entry's range.
  public var range: SourceRange
}

/// `table NAME [rows per UNIT N[..M]] { … }`.
public struct TableDecl: Hashable, Sendable {
  /// The table's name.
  public var name: Identifier
  /// How many rows one privacy unit has in this table, if it is about units.
  public var rowsPer: RowsPer?
  /// Its columns, in order.
  public var columns: [ColumnDecl]
  /// The declaration's range.
  public var range: SourceRange
}

/// `rows per employee 1`, `rows per employee 0..3 by employee`.
public struct RowsPer: Hashable, Sendable {
  /// The privacy unit.
  public var unit: Identifier
  /// The fewest rows one unit has.
  public var min: IntegerLiteral
  /// The most rows one unit has (equal to `min` when one number is written).
  public var max: IntegerLiteral
  /// The column whose value identifies a row's unit (`by company`); the table's key when absent.
  public var column: Identifier?

  /// All parts.
  public init(unit: Identifier, min: IntegerLiteral, max: IntegerLiteral, column: Identifier? = nil) {
    self.unit = unit
    self.min = min
    self.max = max
    self.column = column
  }
}

/// `NAME: TYPE attributes…`.
public struct ColumnDecl: Hashable, Sendable {
  /// The column's name.
  public var name: Identifier
  /// Its type.
  public var type: ColumnType
  /// `key`: the table's primary key.
  public var isKey: Bool
  /// `in LOW .. HIGH`.
  public var bound: RangeBound?
  /// `resolution Q`: the grid its values are on.
  public var resolution: Expr?
  /// The declaration's range.
  public var range: SourceRange
}

/// A column's type: a value type or a foreign key.
public enum ColumnType: Hashable, Sendable {
  case value(TypeRef)
  /// `ref TABLE`: a foreign key to that table's key column.
  case reference(Identifier)
}

/// A parsed source file: a script or a schema.
public enum SourceFileSyntax: Hashable, Sendable {
  case script(Script)
  case schema(Schema)
}
