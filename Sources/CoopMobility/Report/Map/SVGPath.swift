/// SVG path data for map shapes.
enum SVGPath {
  /// The outline of `shape`: one closed subpath per ring (holes cut out with `fill-rule: evenodd`);
  /// points closer than a tenth of a unit to the previous one are dropped.
  static func shape(_ shape: GeoShape, projection: MapProjection) -> String {
    var data = ""
    for polygon in shape.polygons {
      for ring in polygon.rings where ring.count >= 3 {
        var previous = ""
        for (index, point) in ring.enumerated() {
          let text = projection.project(point).text
          if text == previous { continue }
          data += (index == 0 ? "M" : "L") + text
          previous = text
        }
        data += "Z"
      }
    }
    return data
  }

  /// A curved arrow path from `start` to `end`, bending to the right of the direction of travel
  /// (so A→B and B→A do not overlap), with both ends pulled back by `inset` units.
  static func curve(from start: MapPoint, to end: MapPoint, inset: Double) -> String {
    let dx = end.x - start.x
    let dy = end.y - start.y
    let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
    let pull = min(inset, length / 4) / length
    let from = MapPoint(x: start.x + dx * pull, y: start.y + dy * pull)
    let to = MapPoint(x: end.x - dx * pull, y: end.y - dy * pull)
    let bend = 0.18
    let control = MapPoint(
      x: (start.x + end.x) / 2 - dy * bend, y: (start.y + end.y) / 2 + dx * bend)
    return "M\(from.text)Q\(control.text) \(to.text)"
  }
}
