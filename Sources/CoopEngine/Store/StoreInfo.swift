/// What a store says about itself: its schema and, per table, its rows and last import.
public struct StoreInfo: Sendable, Equatable {
  /// The last import of one table.
  public struct TableInfo: Sendable, Equatable {
    /// The table's name.
    public var name: String
    /// Its current number of rows.
    public var rows: Int
    /// Where its rows were last imported from, if recorded.
    public var source: String?
    /// When (ISO 8601, UTC), if recorded.
    public var importedAt: String?
  }

  /// The schema's name.
  public var schemaName: String
  /// The schema's version.
  public var schemaVersion: Int
  /// The BLAKE2b-256 hash (hex) of the schema's canonical text, as manifests give it.
  public var schemaHash: String
  /// When the store was created (ISO 8601, UTC).
  public var createdAt: String
  /// The schema's tables, in dependency order.
  public var tables: [TableInfo]
}
