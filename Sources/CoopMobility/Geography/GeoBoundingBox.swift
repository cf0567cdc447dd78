/// The smallest latitude/longitude rectangle containing a shape.
public struct GeoBoundingBox: Sendable, Hashable {
  /// The southernmost latitude.
  public var minLatitude: Double
  /// The northernmost latitude.
  public var maxLatitude: Double
  /// The westernmost longitude.
  public var minLongitude: Double
  /// The easternmost longitude.
  public var maxLongitude: Double

  /// The box around `points`; `nil` when there are none.
  public init?(points: some Sequence<GeoPoint>) {
    var iterator = points.makeIterator()
    guard let first = iterator.next() else { return nil }
    var box = (first.latitude, first.latitude, first.longitude, first.longitude)
    while let point = iterator.next() {
      box.0 = min(box.0, point.latitude)
      box.1 = max(box.1, point.latitude)
      box.2 = min(box.2, point.longitude)
      box.3 = max(box.3, point.longitude)
    }
    (minLatitude, maxLatitude, minLongitude, maxLongitude) = box
  }

  /// Whether `point` lies inside the box or on its edge.
  public func contains(_ point: GeoPoint) -> Bool {
    (minLatitude...maxLatitude).contains(point.latitude)
      && (minLongitude...maxLongitude).contains(point.longitude)
  }
}
