/// Draws points uniformly inside a commune, on a coordinate grid: rejection sampling in the
/// bounding box, keeping a draw only if its rounded point passes the point-in-polygon test.
struct CommunePointSampler: Sendable {
  /// Draws before giving up on a commune (real communes accept about one draw in two).
  static let maxAttempts = 100_000

  /// A point inside `commune`, rounded to a multiple of `step` degrees.
  ///
  /// Falls back to the rounded centroid if `maxAttempts` draws all miss, which only a degenerate
  /// polygon (smaller than a grid cell) can cause.
  static func point(in commune: Commune, step: Double, random: inout SyntheticRandom) -> GeoPoint {
    let box = commune.shape.boundingBox
    for _ in 0..<maxAttempts {
      let candidate = GeoPoint(
        latitude: random.uniform(box.minLatitude..<box.maxLatitude),
        longitude: random.uniform(box.minLongitude..<box.maxLongitude)
      ).rounded(toMultipleOf: step)
      if commune.shape.contains(candidate) { return candidate }
    }
    return commune.centroid.rounded(toMultipleOf: step)
  }
}
