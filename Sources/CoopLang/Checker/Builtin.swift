/// The whitelist of functions a script may call. All are pure and total; each has a fixed cost
/// in abstract units, shared by the static bounds and the executor's accounting.
public enum Builtin: String, CaseIterable, Sendable, Hashable {
  /// `count()`: the number of rows in a cell (aggregate).
  case count
  /// `sum(x)`: the sum of a bounded value over a cell (aggregate).
  case sum
  /// `mean(x)`: `sum(x) / count()`, computed after noise (aggregate).
  case mean
  /// `clamp(x, low, high)` with literal bounds.
  case clamp
  /// `distance(a, b)`: great-circle distance between two points.
  case distance
  /// `slot(t, d)`: the index of the `d`-long slot of the day holding time `t`.
  case slot
  /// `nearest(p, points)`: the index of the closest point of a bounded list parameter.
  case nearest
  /// `point(lat, lon)`.
  case point
  /// `zone_centroids(n)`: the reference points of the `n` heaviest zones (parameter `init` only).
  case zoneCentroids = "zone_centroids"
  /// `min(a, b)`, `max(a, b)`, `abs(x)`, `round(x)`.
  case min, max, abs, round

  /// Whether the function aggregates rows.
  public var isAggregate: Bool { self == .count || self == .sum || self == .mean }

  /// The abstract cost of one call, per row: the unit of the static cost bound.
  public var cost: Int {
    switch self {
    case .count, .sum, .mean, .clamp, .min, .max, .abs, .round, .point: 1
    case .slot: 2
    case .distance: 20
    case .nearest: 20  // per candidate point; multiplied by the list's length
    case .zoneCentroids: 1
    }
  }

  /// How the function is called, for messages.
  public var signature: String {
    switch self {
    case .count: "count()"
    case .sum: "sum(number)"
    case .mean: "mean(number)"
    case .clamp: "clamp(number, low, high)"
    case .distance: "distance(point, point) -> distance"
    case .slot: "slot(time, duration) -> slot index"
    case .nearest: "nearest(point, list<point>) -> index"
    case .point: "point(latitude, longitude) -> point"
    case .zoneCentroids: "zone_centroids(n) -> list<point>"
    case .min: "min(number, number)"
    case .max: "max(number, number)"
    case .abs: "abs(number)"
    case .round: "round(number) -> int"
    }
  }

  /// The number of arguments the function takes.
  public var arity: Int {
    switch self {
    case .count: 0
    case .sum, .mean, .abs, .round, .zoneCentroids: 1
    case .distance, .slot, .nearest, .point, .min, .max: 2
    case .clamp: 3
    }
  }
}
