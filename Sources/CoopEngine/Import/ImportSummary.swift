/// What an accepted import did.
public struct ImportSummary: Sendable, Equatable {
  /// One table replaced.
  public struct Table: Sendable, Equatable {
    /// The schema table.
    public var name: String
    /// Its rows now.
    public var rows: Int
    /// Where they came from.
    public var source: String
  }

  /// Whether the store file was created by this import.
  public var created: Bool
  /// The tables replaced, in dependency order.
  public var tables: [Table]
}
