extension Communes {
  /// The commune containing `point`, or else the one whose centroid is nearest.
  func code(nearest point: GeoPoint) -> Int {
    if let inside = all.first(where: { $0.shape.contains(point) }) { return inside.code }
    let nearest = all.min { $0.centroid.distance(to: point) < $1.centroid.distance(to: point) }
    return nearest?.code ?? Communes.codes.lowerBound
  }
}
