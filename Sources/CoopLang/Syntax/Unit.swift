/// A unit written after a number: `30 min`, `80 km`.
public enum Unit: String, CaseIterable, Sendable {
  case km, m, h, min, s

  /// What the unit measures.
  public enum Dimension: String, Sendable {
    case distance, duration
  }

  /// The dimension of the unit.
  public var dimension: Dimension {
    switch self {
    case .km, .m: .distance
    case .h, .min, .s: .duration
    }
  }

  /// How many base units (metres or seconds) one of this unit is.
  public var baseFactor: Int {
    switch self {
    case .km: 1000
    case .m: 1
    case .h: 3600
    case .min: 60
    case .s: 1
    }
  }
}
