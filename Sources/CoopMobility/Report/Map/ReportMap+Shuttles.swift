extension ReportMap {
  /// How far below its commune's centroid a shuttle marker sits, in user units: clear of the
  /// arrowheads that end near the centroid.
  static let shuttleOffset = 34.0

  /// Where each shuttle line's marker is drawn, in `shuttleLines` order.
  func shuttleMarkerPoints() -> [MapPoint] {
    shuttleLines.compactMap { line in
      guard let commune = communes[line.work] else { return nil }
      let point = projection.project(commune.centroid)
      return MapPoint(x: point.x, y: point.y + Self.shuttleOffset)
    }
  }

  /// A square per shuttle line, at its work commune, showing its number of departures.
  func shuttleMarkers() -> String {
    var group = "<g class=\"shuttles\">"
    let side = 2 * Self.markerRadius
    for (line, point) in zip(shuttleLines, shuttleMarkerPoints()) {
      let name = communes[line.work]?.name ?? String(line.work)
      let label = strings.fill(
        strings.shuttleMarker, name, String(line.departures.count),
        ReportFormat(strings: strings).estimate(line.riders))
      group +=
        "<g class=\"shuttle\"><title>\(HTMLText.escape(label))</title>"
        + "<rect x=\"\(MapPoint.coordinate(point.x - side / 2))\""
        + " y=\"\(MapPoint.coordinate(point.y - side / 2))\""
        + " width=\"\(MapPoint.coordinate(side))\" height=\"\(MapPoint.coordinate(side))\" rx=\"6\"/>"
        + "<text x=\"\(MapPoint.coordinate(point.x))\" y=\"\(MapPoint.coordinate(point.y))\">"
        + "\(line.departures.count)</text></g>"
    }
    return group + "</g>"
  }
}
