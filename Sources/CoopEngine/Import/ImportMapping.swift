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
