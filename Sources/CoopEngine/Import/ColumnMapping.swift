/// Where a schema column's values come from.
public enum ColumnMapping: Sendable, Equatable {
  /// One source field (or a constant).
  case field(FieldMapping)
  /// A point from two source fields.
  case point(latitude: FieldMapping, longitude: FieldMapping)
}
