/// How one source (CSV files or a SQLite database) maps onto a schema's tables: read from a TOML
/// mapping file (see Docs/import.md).
public struct ImportMapping: Sendable, Equatable {
  /// The kind of source.
  public enum Format: String, Sendable, Equatable {
    /// One CSV file per table.
    case csv
    /// Tables of another SQLite database.
    case sqlite
  }

  /// A text encoding of CSV files.
  public enum Encoding: String, Sendable, Equatable {
    /// UTF-8 (the default; a byte order mark is skipped).
    case utf8 = "utf-8"
    /// ISO 8859-1, as older spreadsheets export.
    case latin1
  }

  /// The kind of source (`[source] format`).
  public var format: Format = .csv
  /// The CSV field delimiter (`[source] delimiter`).
  public var delimiter: UInt8 = 0x2C
  /// Whether numbers use a decimal comma (`[source] decimal = ","`).
  public var decimalComma = false
  /// The CSV files' encoding (`[source] encoding`).
  public var encoding: Encoding = .utf8
  /// The SQLite database, relative to the mapping file (`[source] path`).
  public var path: String?
  /// The tables this source fills, sorted by name (`[tables.NAME]`).
  public var tables: [TableMapping] = []

  /// The mapping of schema table `name`.
  public func table(_ name: String) -> TableMapping? { tables.first { $0.table == name } }
}

/// How one schema table is filled.
public struct TableMapping: Sendable, Equatable {
  /// The schema table.
  public var table: String
  /// The CSV file (relative to the mapping file) or the source database's table.
  public var from: String?
  /// Column mappings by schema column; unlisted columns are read from same-named source columns.
  public var columns: [String: ColumnMapping]
}

/// Where a schema column's values come from.
public enum ColumnMapping: Sendable, Equatable {
  /// One source field (or a constant).
  case field(FieldMapping)
  /// A point from two source fields.
  case point(latitude: FieldMapping, longitude: FieldMapping)
}

/// One source field and how to read it.
public struct FieldMapping: Sendable, Equatable {
  /// The source column, or nil for a constant.
  public var column: String?
  /// A constant used for every row instead of a column (`value = …`).
  public var constant: String?
  /// The unit numbers are in (`km`, `m`, `h`, `min`, `s`).
  public var unit: String?
  /// The text format of times (`HH:MM`, `HHMM`, `minutes`).
  public var format: String?
  /// How zones are written (`code`, `name`, `postcode`…).
  public var lookup: String?
  /// Source values replaced before reading, by the value in the store's notation.
  public var values: [String: String]
  /// The TOML key path of this mapping, for messages.
  public var keyPath: String

  /// Reads the source column `column`.
  public init(
    column: String?, constant: String? = nil, unit: String? = nil, format: String? = nil,
    lookup: String? = nil, values: [String: String] = [:], keyPath: String
  ) {
    self.column = column
    self.constant = constant
    self.unit = unit
    self.format = format
    self.lookup = lookup
    self.values = values
    self.keyPath = keyPath
  }
}
