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
