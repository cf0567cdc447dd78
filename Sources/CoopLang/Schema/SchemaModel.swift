/// A checked schema: the normalized data model scripts are written against, resolved from a
/// `.coopschema` file. Schemas are data: nothing in the checker is specific to one of them.
public struct SchemaModel: Sendable, Hashable {
  /// The schema's name (`mobility`).
  public var name: String
  /// Its version.
  public var version: Int
  /// Its title, if any.
  public var title: String?
  /// The privacy unit (`employee`).
  public var unit: String
  /// Enums by name.
  public var enums: [String: EnumModel]
  /// Zone domains by name.
  public var zoneDomains: [String: ZoneDomain]
  /// Tables in declaration order.
  public var tables: [TableModel]
  /// The canonical source of the schema (its `fmt` output), hashed into manifests.
  public var canonicalSource: String

  /// The table called `name`.
  public func table(_ name: String) -> TableModel? { tables.first { $0.name == name } }
}

/// An enum of a schema: a public, finite domain.
public struct EnumModel: Sendable, Hashable {
  /// The enum's name.
  public var name: String
  /// Its cases, in order.
  public var cases: [String]
}

/// A public domain of zones, such as the 24 communes of La Réunion.
public struct ZoneDomain: Sendable, Hashable {
  /// The domain's name.
  public var name: String
  /// Its zones, in order.
  public var zones: [ZoneModel]
}

/// One zone: its code, name, reference point and optional public weight.
public struct ZoneModel: Sendable, Hashable {
  /// The zone's code (INSEE code for communes).
  public var code: Int
  /// Its name.
  public var name: String
  /// Its reference point's latitude in degrees.
  public var latitude: ExactDecimal
  /// Its reference point's longitude in degrees.
  public var longitude: ExactDecimal
  /// A public weight (residents), if given.
  public var weight: Int?
}

/// A table of a schema.
public struct TableModel: Sendable, Hashable {
  /// The table's name.
  public var name: String
  /// How many rows one privacy unit has here; nil for tables not about units (e.g. sites).
  public var rowsPerUnit: ClosedRange<Int>?
  /// The column whose value identifies a row's unit (the key unless `rows per … by` names
  /// another); the import refuses more than `rowsPerUnit.upperBound` rows with one value.
  public var unitColumn: String?
  /// Its columns, in order.
  public var columns: [ColumnModel]

  /// The key column.
  public var key: ColumnModel? { columns.first { $0.isKey } }

  /// The column called `name`.
  public func column(_ name: String) -> ColumnModel? { columns.first { $0.name == name } }
}

/// A column of a table.
public struct ColumnModel: Sendable, Hashable {
  /// The column's name.
  public var name: String
  /// Its type; a foreign key has type `.row(table)`.
  public var type: ValueType
  /// Whether it is the table's key.
  public var isKey: Bool
  /// Inclusive bounds in base units, if declared.
  public var bounds: ClosedRange<ExactDecimal>?
  /// The grid values are on, in base units (degrees for points), if declared.
  public var resolution: ExactDecimal?

  /// The table a foreign key refers to.
  public var referencedTable: String? {
    if case .row(let table) = type { return table }
    return nil
  }
}
