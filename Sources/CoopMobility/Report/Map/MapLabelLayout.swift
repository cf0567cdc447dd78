/// Places commune labels near their centroids without overlaps where it can: labels are placed
/// in order of population, each at the first of a few vertical offsets where its estimated box
/// meets no label placed before it and no marker (or at the centroid when none is free).
struct MapLabelLayout {
  /// A placed label: its anchor (the middle of the text) and the text.
  struct Label {
    var code: Int
    var text: String
    var anchor: MapPoint
  }

  /// The font size the boxes are estimated for, in user units.
  let fontSize: Double

  /// Width of `text` at `fontSize`, estimated at 0.58 em per character (a sans-serif average).
  func width(_ text: String) -> Double { Double(text.count) * fontSize * 0.58 }

  /// Labels for `communes`, projected with `projection`, kept clear of square `markers` of side
  /// `markerSize` where possible.
  func place(
    _ communes: [Commune], projection: MapProjection, markers: [MapPoint] = [],
    markerSize: Double = 0
  ) -> [Label] {
    let offsets = [0.0, 1, -1, 2, -2, 3].map { $0 * fontSize * 1.05 }
    var placed: [Label] = []
    for commune in communes.sorted(by: { ($0.population, $1.code) > ($1.population, $0.code) }) {
      let centre = projection.project(commune.centroid)
      let candidates = offsets.map { MapPoint(x: centre.x, y: centre.y + $0) }
      let anchor =
        candidates.first { candidate in
          !placed.contains { overlaps($0.anchor, $0.text, candidate, commune.name) }
            && !markers.contains { marker in
              abs(marker.x - candidate.x) < (markerSize + width(commune.name)) / 2
                && abs(marker.y - candidate.y) < (markerSize + fontSize) / 2
            }
        } ?? centre
      placed.append(Label(code: commune.code, text: commune.name, anchor: anchor))
    }
    return placed.sorted { $0.code < $1.code }
  }

  private func overlaps(_ a: MapPoint, _ aText: String, _ b: MapPoint, _ bText: String) -> Bool {
    abs(a.x - b.x) < (width(aText) + width(bText)) / 2 && abs(a.y - b.y) < fontSize
  }
}
