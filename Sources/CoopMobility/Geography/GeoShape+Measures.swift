import Foundation

extension GeoShape {
  /// The area in square kilometres (local equirectangular projection: exact enough for an island
  /// 70 km across).
  public var areaSquareKilometres: Double {
    let (area, _, _) = planarMoments()
    let kilometresPerDegree = GeoPoint.earthRadiusKilometres * Double.pi / 180
    let latitudeScale = cos(boundingBoxCentreLatitude * Double.pi / 180)
    return area * kilometresPerDegree * kilometresPerDegree * latitudeScale
  }

  /// The area-weighted centroid (centre of mass of the surface, holes removed).
  ///
  /// Computed in longitude/latitude space: a centroid is preserved by the affine scaling of the
  /// local projection, so no projection is needed. It may fall outside a concave shape.
  public var centroid: GeoPoint {
    let (area, momentLon, momentLat) = planarMoments()
    guard area > 0 else {
      return GeoPoint(
        latitude: (boundingBox.minLatitude + boundingBox.maxLatitude) / 2,
        longitude: (boundingBox.minLongitude + boundingBox.maxLongitude) / 2)
    }
    return GeoPoint(latitude: momentLat / area, longitude: momentLon / area)
  }

  private var boundingBoxCentreLatitude: Double {
    (boundingBox.minLatitude + boundingBox.maxLatitude) / 2
  }

  /// Area (square degrees) and first moments of all polygons; outer rings add, holes subtract.
  private func planarMoments() -> (area: Double, lon: Double, lat: Double) {
    var total = (area: 0.0, lon: 0.0, lat: 0.0)
    for polygon in polygons {
      for (index, ring) in polygon.rings.enumerated() {
        let moments = Self.ringMoments(ring)
        // Orientation varies between sources: take the magnitude and let the role decide the sign.
        let sign: Double = (index == 0) == (moments.area >= 0) ? 1 : -1
        total.area += sign * moments.area
        total.lon += sign * moments.lon
        total.lat += sign * moments.lat
      }
    }
    return total
  }

  /// Shoelace area and first moments of one ring (signed by its orientation).
  private static func ringMoments(_ ring: [GeoPoint]) -> (area: Double, lon: Double, lat: Double) {
    guard ring.count >= 3 else { return (0, 0, 0) }
    // Relative to the first vertex, for precision.
    let origin = ring[0]
    var area = 0.0
    var lon = 0.0
    var lat = 0.0
    var previous = ring[ring.count - 1]
    for current in ring {
      let x0 = previous.longitude - origin.longitude
      let y0 = previous.latitude - origin.latitude
      let x1 = current.longitude - origin.longitude
      let y1 = current.latitude - origin.latitude
      let cross = x0 * y1 - x1 * y0
      area += cross
      lon += (x0 + x1) * cross
      lat += (y0 + y1) * cross
      previous = current
    }
    area /= 2
    return (area, lon / 6 + area * origin.longitude, lat / 6 + area * origin.latitude)
  }
}
