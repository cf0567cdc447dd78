/// The report's SVG map: the 24 communes, home→work flows as curved arrows, third places.
struct ReportMap {
  /// The widest arrow, in user units.
  static let maximumStroke = 16.0
  /// The narrowest arrow drawn, in user units.
  static let minimumStroke = 1.5
  /// The labels' largest font size (on phones), in user units: the layout avoids overlaps at it.
  static let labelSize = 26.0
  /// The radius of a third-place marker, in user units.
  static let markerRadius = 20.0

  let communes: Communes
  let flows: [CommuteFlow]
  let thirdPlaces: [ThirdPlace]
  let strings: ReportStrings
  let projection: MapProjection

  /// A map of `communes` with the first `flowLimit` of `flows` (which come largest first).
  init(
    communes: Communes, flows: [CommuteFlow], thirdPlaces: [ThirdPlace], flowLimit: Int,
    strings: ReportStrings
  ) {
    self.communes = communes
    self.flows = Array(flows.filter { $0.employees.value > 0 }.prefix(max(0, flowLimit)))
    self.thirdPlaces = thirdPlaces
    self.strings = strings
    self.projection = MapProjection(box: communes.island.boundingBox)
  }

  /// The largest flow drawn (arrows are as wide as their share of it).
  var largestFlow: Double { flows.first?.employees.value ?? 0 }

  /// The stroke width for `employees`: proportional, with a floor so small flows stay visible.
  func strokeWidth(_ employees: Double) -> Double {
    guard largestFlow > 0 else { return Self.minimumStroke }
    return max(Self.minimumStroke, Self.maximumStroke * employees / largestFlow)
  }

  /// The `<svg>` element.
  func svg() -> String {
    let escape = HTMLText.escape
    let size = "\(MapPoint.coordinate(projection.width)) \(MapPoint.coordinate(projection.height))"
    var svg =
      "<svg class=\"map\" viewBox=\"0 0 \(size)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
      + " aria-labelledby=\"map-title map-desc\">"
      + "<title id=\"map-title\">\(escape(strings.mapTitle))</title>"
      + "<desc id=\"map-desc\">\(escape(strings.mapDescription))</desc>"
      + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"7\" refY=\"5\" markerWidth=\"28\""
      + " markerHeight=\"28\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
      + "<path d=\"M0 0L10 5L0 10Z\" class=\"arrowhead\"/></marker></defs>"
    svg += communePaths() + flowPaths() + labels() + markers() + "</svg>"
    return svg
  }

  private func communePaths() -> String {
    var group = "<g class=\"communes\">"
    for commune in communes.all {
      group +=
        "<path class=\"commune\" id=\"commune-\(commune.code)\" d=\""
        + SVGPath.shape(commune.shape, projection: projection) + "\"><title>"
        + HTMLText.escape(commune.name) + "</title></path>"
    }
    return group + "</g>"
  }

  private func flowPaths() -> String {
    var group = "<g class=\"flows\">"
    for flow in flows {
      guard let home = communes[flow.home], let work = communes[flow.work] else { continue }
      let path = SVGPath.curve(
        from: projection.project(home.centroid), to: projection.project(work.centroid), inset: 14)
      let label =
        "\(home.name) → \(work.name)\(strings.colon)"
        + ReportFormat(strings: strings).estimate(flow.employees)
      group +=
        "<path class=\"flow\" d=\"\(path)\" stroke-width=\""
        + MapPoint.coordinate(strokeWidth(flow.employees.value))
        + "\" marker-end=\"url(#arrow)\"><title>\(HTMLText.escape(label))</title></path>"
    }
    return group + "</g>"
  }

  private func labels() -> String {
    var group = "<g class=\"labels\" aria-hidden=\"true\">"
    let layout = MapLabelLayout(fontSize: Self.labelSize)
    let markers = thirdPlaces.map { projection.project($0.centre) }
    for label in layout.place(
      communes.all, projection: projection, markers: markers, markerSize: 2 * Self.markerRadius)
    {
      group +=
        "<text x=\"\(MapPoint.coordinate(label.anchor.x))\" y=\"\(MapPoint.coordinate(label.anchor.y))\">"
        + HTMLText.escape(label.text) + "</text>"
    }
    return group + "</g>"
  }

  private func markers() -> String {
    var group = "<g class=\"places\">"
    for place in thirdPlaces {
      let point = projection.project(place.centre)
      let (x, y) = (MapPoint.coordinate(point.x), MapPoint.coordinate(point.y))
      let label =
        "\(strings.legendThirdPlace) \(place.index + 1)\(strings.colon)"
        + ReportFormat(strings: strings).estimate(place.employees)
      group +=
        "<g class=\"place\"><title>\(HTMLText.escape(label))</title>"
        + "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(MapPoint.coordinate(Self.markerRadius))\"/>"
        + "<text x=\"\(x)\" y=\"\(y)\">\(place.index + 1)</text></g>"
    }
    return group + "</g>"
  }
}
