/// An area made of one or more polygons: a GeoJSON `Polygon` or `MultiPolygon`.
public struct GeoShape: Sendable, Hashable {
  /// The polygons; a point belongs to the shape when it lies in any of them.
  public let polygons: [GeoPolygon]
  /// The rectangle around every outer ring.
  public let boundingBox: GeoBoundingBox

  /// Creates a shape; `nil` when it has no outer ring with at least three points.
  public init?(polygons: [GeoPolygon]) {
    let outerPoints = polygons.compactMap(\.rings.first).joined()
    guard polygons.contains(where: { ($0.rings.first?.count ?? 0) >= 3 }),
      let box = GeoBoundingBox(points: outerPoints)
    else { return nil }
    self.polygons = polygons
    self.boundingBox = box
  }

  /// Whether `point` lies inside one of the polygons.
  public func contains(_ point: GeoPoint) -> Bool {
    boundingBox.contains(point) && polygons.contains { $0.contains(point) }
  }
}
