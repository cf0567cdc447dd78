/// A polygon as GeoJSON describes it: an outer ring followed by zero or more holes.
///
/// Rings are closed (first point repeated last) or not; both are accepted.
public struct GeoPolygon: Sendable, Hashable {
  /// The rings: `rings[0]` is the outer boundary, the others are holes.
  public let rings: [[GeoPoint]]

  /// Creates a polygon from its rings; the first is the outer boundary.
  public init(rings: [[GeoPoint]]) {
    self.rings = rings
  }

  /// Whether `point` lies inside the polygon (even–odd rule over all rings, so holes are excluded).
  public func contains(_ point: GeoPoint) -> Bool {
    var inside = false
    for ring in rings where ring.count >= 3 {
      var previous = ring[ring.count - 1]
      for current in ring {
        if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
          let t = (point.latitude - current.latitude) / (previous.latitude - current.latitude)
          let crossing = current.longitude + t * (previous.longitude - current.longitude)
          if point.longitude < crossing { inside.toggle() }
        }
        previous = current
      }
    }
    return inside
  }
}
