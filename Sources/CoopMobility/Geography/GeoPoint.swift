import Foundation

/// A point on the WGS84 ellipsoid, in decimal degrees.
public struct GeoPoint: Sendable, Hashable, Codable {
  /// Latitude in degrees, negative south of the equator (La Réunion is near −21°).
  public var latitude: Double
  /// Longitude in degrees, positive east of Greenwich (La Réunion is near 55.5°).
  public var longitude: Double

  /// Creates a point from its latitude and longitude in degrees.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// The mean Earth radius in kilometres (IUGG), used by `distance(to:)`.
  public static let earthRadiusKilometres = 6371.0088

  /// The great-circle (haversine) distance to `other`, in kilometres.
  public func distance(to other: GeoPoint) -> Double {
    let radians = Double.pi / 180
    let dLat = (other.latitude - latitude) * radians
    let dLon = (other.longitude - longitude) * radians
    let sinLat = sin(dLat / 2)
    let sinLon = sin(dLon / 2)
    let a =
      sinLat * sinLat + cos(latitude * radians) * cos(other.latitude * radians) * sinLon * sinLon
    return 2 * Self.earthRadiusKilometres * asin(min(1, a.squareRoot()))
  }

  /// This point with both coordinates rounded to the nearest multiple of `step` degrees.
  ///
  /// The result is `n / (1 / step)` for an integer `n`, so it prints as a short decimal
  /// (`-21.125`, not `-21.125000000000004`).
  public func rounded(toMultipleOf step: Double) -> GeoPoint {
    let scale = (1 / step).rounded()
    return GeoPoint(
      latitude: (latitude * scale).rounded() / scale,
      longitude: (longitude * scale).rounded() / scale)
  }
}
