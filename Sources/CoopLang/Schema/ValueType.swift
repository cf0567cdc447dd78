/// The types of the language. Quantities are held in base units: distances in metres, durations
/// in seconds, times of day in minutes since midnight.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
  case int, decimal, bool, string, time, duration, distance, point
  /// An opaque identifier: private, unbounded, never a group key.
  case id
  /// A value of a schema enum.
  case enumeration(String)
  /// A zone of a schema zone domain.
  case zone(String)
  /// A bounded list.
  case list(ValueType, max: Int)
  /// A row of a table (the `from` alias, or a foreign key followed to its row).
  case row(String)
  /// The index of a cell of a bounded list parameter (`nearest(p, centers)`), `0..<max`.
  case index(max: Int)
  /// The type of an expression that failed to check (already diagnosed): compatible with all.
  case invalid

  /// The built-in type names.
  public static let builtins: [String: ValueType] = [
    "int": .int, "decimal": .decimal, "bool": .bool, "string": .string, "time": .time,
    "duration": .duration, "distance": .distance, "point": .point, "id": .id,
  ]

  /// How the type is written.
  public var description: String {
    switch self {
    case .int: "int"
    case .decimal: "decimal"
    case .bool: "bool"
    case .string: "string"
    case .time: "time"
    case .duration: "duration"
    case .distance: "distance"
    case .point: "point"
    case .id: "id"
    case .enumeration(let name), .zone(let name): name
    case .list(let element, let max): "list<\(element)> max \(max)"
    case .row(let table): "row of \(table)"
    case .index(let max): "index 0..<\(max)"
    case .invalid: "<invalid>"
    }
  }

  /// Whether values of the type are numbers that can be added and clamped.
  public var isNumeric: Bool {
    switch self {
    case .int, .decimal, .duration, .distance, .invalid: true
    default: false
    }
  }

  /// The type of `+`, `-`, `min` or `max` of two unified operands: `decimal` when an `int` meets a
  /// `decimal` (in either order), the operands' type otherwise.
  public static func plainResult(_ a: ValueType, _ b: ValueType) -> ValueType {
    (a == .int && b == .decimal) || (a == .decimal && b == .int) ? .decimal : a
  }

  /// The unit dimension a literal of this type carries, if any.
  public var dimension: Unit.Dimension? {
    switch self {
    case .distance: .distance
    case .duration: .duration
    default: nil
    }
  }
}
