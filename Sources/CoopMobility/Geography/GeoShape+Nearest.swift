import Foundation

extension GeoShape {
  /// The point of the shape nearest to `point`: `point` itself when inside, else the nearest
  /// point of its boundary (a local equirectangular projection around `point`: exact enough for
  /// an island 70 km across).
  public func nearestPoint(to point: GeoPoint) -> GeoPoint {
    if contains(point) { return point }
    let xScale = cos(point.latitude * Double.pi / 180)
    var best = point
    var bestSquared = Double.infinity
    for ring in polygons.flatMap(\.rings) where ring.count >= 2 {
      for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) {
        // Segment a→b in projected degrees, relative to `point`.
        let ax = (a.longitude - point.longitude) * xScale
        let ay = a.latitude - point.latitude
        let dx = (b.longitude - a.longitude) * xScale
        let dy = b.latitude - a.latitude
        let length = dx * dx + dy * dy
        let t = length > 0 ? min(1, max(0, -(ax * dx + ay * dy) / length)) : 0
        let x = ax + t * dx
        let y = ay + t * dy
        if x * x + y * y < bestSquared {
          bestSquared = x * x + y * y
          best = GeoPoint(
            latitude: a.latitude + t * (b.latitude - a.latitude),
            longitude: a.longitude + t * (b.longitude - a.longitude))
        }
      }
    }
    return best
  }
}
