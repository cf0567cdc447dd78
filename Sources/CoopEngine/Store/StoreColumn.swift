import CoopLang

/// One SQL column of a normalized table. A schema column is one SQL column, except a point,
/// which is two: `<name>_lat` and `<name>_lon`.
public struct StoreColumn: Sendable, Hashable {
  /// Which coordinate of a point a column holds.
  public enum Coordinate: String, Sendable, Hashable {
    /// Latitude in degrees.
    case latitude = "lat"
    /// Longitude in degrees.
    case longitude = "lon"
  }

  /// The SQL column's name.
  public var name: String
  /// The SQL type: `TEXT`, `INTEGER` or `REAL`.
  public var sqlType: String
  /// The schema column it stores.
  public var schemaColumn: ColumnModel
  /// For a point, the coordinate this SQL column holds.
  public var coordinate: Coordinate?
  /// The SQL `CHECK` condition, if any (`days_on_site BETWEEN 0 AND 7`).
  public var check: String?
  /// The `table(key)` a foreign key refers to, if any.
  public var reference: String?

  /// The column's definition in `CREATE TABLE`.
  public var definition: String {
    var parts = [name, sqlType]
    if schemaColumn.isKey { parts.append("PRIMARY KEY") }
    parts.append("NOT NULL")
    if let reference { parts.append("REFERENCES \(reference)") }
    if let check { parts.append("CHECK (\(check))") }
    return parts.joined(separator: " ")
  }
}
