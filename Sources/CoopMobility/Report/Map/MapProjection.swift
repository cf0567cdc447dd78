import Foundation

/// An equirectangular projection of La Réunion onto SVG user units: x grows east, y grows south,
/// and longitudes are shrunk by cos(latitude) at the island's centre so shapes keep their
/// proportions.
struct MapProjection {
  /// The SVG width and height in user units, margins included.
  let width: Double
  let height: Double
  private let west: Double
  private let north: Double
  private let xPerDegree: Double
  private let yPerDegree: Double
  private let margin: Double

  /// A projection fitting `box` into `width` user units with `margin` on every side.
  init(box: GeoBoundingBox, width: Double = 1000, margin: Double = 24) {
    let centre = (box.minLatitude + box.maxLatitude) / 2
    let shrink = cos(centre * Double.pi / 180)
    let spanX = max((box.maxLongitude - box.minLongitude) * shrink, 1e-9)
    let spanY = max(box.maxLatitude - box.minLatitude, 1e-9)
    let scale = (width - 2 * margin) / spanX
    self.width = width
    self.height = (spanY * scale + 2 * margin).rounded(.up)
    self.west = box.minLongitude
    self.north = box.maxLatitude
    self.xPerDegree = scale * shrink
    self.yPerDegree = scale
    self.margin = margin
  }

  /// The SVG position of `point`.
  func project(_ point: GeoPoint) -> MapPoint {
    MapPoint(
      x: margin + (point.longitude - west) * xPerDegree,
      y: margin + (north - point.latitude) * yPerDegree)
  }
}
