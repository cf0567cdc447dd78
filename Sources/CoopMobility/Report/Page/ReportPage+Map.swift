extension ReportPage {
  /// The map, its legend and the table of the largest flows (the map's figures as text).
  func mapSection() -> String {
    let map = ReportMap(
      communes: communes, flows: analysis.flows, thirdPlaces: analysis.thirdPlaces,
      flowLimit: input.assumptions.mapFlowLimit, strings: strings)
    let caption = strings.fill(strings.mapCaption, String(map.flows.count))
    let figure =
      "<figure>\(map.svg())<figcaption>\(HTMLText.escape(caption))</figcaption></figure>"
      + legend(map)
    let flows = HTMLTable(
      id: "flows", caption: strings.flowsCaption,
      headers: [strings.columnJourney, strings.columnEmployees, strings.columnMeanKm],
      numericColumns: [1, 2],
      rows: map.flows.prefix(12).map { flow in
        [
          .text(journey(flow.home, flow.work)), .number(format.estimate(flow.employees)),
          .number(format.estimate(flow.meanKilometres, decimals: 1)),
        ]
      })
    return section("map", strings.mapHeading, figure + flows.html())
  }

  /// Three arrow widths with their values, and the third-place marker.
  private func legend(_ map: ReportMap) -> String {
    var items = ""
    if map.largestFlow > 0 {
      for fraction in [1.0, 0.5, 0.25] {
        let value = (map.largestFlow * fraction).rounded()
        guard value >= 1 else { continue }
        let width = MapPoint.coordinate(map.strokeWidth(value))
        items +=
          "<li><svg viewBox=\"0 0 60 20\" width=\"60\" height=\"20\" aria-hidden=\"true\">"
          + "<path class=\"flow\" d=\"M2 10H44\" stroke-width=\"\(width)\"/>"
          + "<path class=\"arrowhead\" d=\"M44 3L58 10L44 17Z\"/></svg>"
          + HTMLText.escape("\(format.number(value)) \(strings.legendFlows)") + "</li>"
      }
    }
    items +=
      "<li><svg viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\">"
      + "<circle class=\"marker\" cx=\"10\" cy=\"10\" r=\"8\"/></svg>"
      + HTMLText.escape(strings.legendThirdPlace) + "</li>"
    return "<ul class=\"legend\">\(items)</ul>"
  }
}
