extension ReportPage {
  /// The final k-means centres, who each could serve and the km it would avoid.
  func thirdPlacesSection() -> String {
    let rounds = input.run.algorithms.first { $0.name == "third_places" }?.rounds ?? 1
    let intro = strings.fill(
      strings.thirdPlacesIntro, String(rounds), String(input.assumptions.thirdPlaceDaysPerWeek))
    guard !analysis.thirdPlaces.isEmpty else {
      return tableSection(
        "third-places", strings.thirdPlacesHeading, intro, empty: strings.noThirdPlace)
    }
    let bar = ErrorBar(scale: analysis.thirdPlaces.map(\.employees.upper).max() ?? 0)
    let table = HTMLTable(
      id: "third-places-table", caption: strings.thirdPlacesCaption,
      headers: [
        strings.columnPlace, strings.columnCommune, strings.columnPosition,
        strings.columnEmployees, strings.columnCommuteKm, strings.columnKmAvoided,
      ],
      numericColumns: [3, 4, 5],
      rows: analysis.thirdPlaces.map { place in
        [
          .text("\(strings.columnPlace) \(place.index + 1)"), .text(name(place.commune)),
          .text(format.position(place.centre)),
          withBar(format.estimate(place.employees), bar.svg(place.employees)),
          .number(format.nonNegative(place.commuteKilometres)),
          .number(format.nonNegative(place.kilometresAvoidedPerWeek)),
        ]
      })
    let ashore = analysis.thirdPlaces.filter { $0.movedAshoreKilometres > 0 }.map {
      paragraph(
        strings.fill(
          strings.thirdPlacesAshore, String($0.index + 1),
          format.number($0.movedAshoreKilometres, decimals: 1)))
    }
    let upperBounds = upperBoundNote(analysis.thirdPlaces.map(\.commuteKilometres))
    let noiseOnly =
      analysis.thirdPlacesNoiseOnly > 0
      ? paragraph(
        strings.fill(strings.thirdPlacesNoiseOnly, String(analysis.thirdPlacesNoiseOnly))) : ""
    return tableSection(
      "third-places", strings.thirdPlacesHeading, intro, table: table,
      more: upperBounds + ashore.joined() + noiseOnly)
  }

  /// The formulas and assumptions behind every derived figure.
  func methodSection() -> String {
    let assumptions = input.assumptions
    let items = strings.methodItems.map { item in
      strings.fill(
        item, String(assumptions.carOccupancy), String(assumptions.thirdPlaceDaysPerWeek),
        format.number(analysis.maximumKilometres), format.estimate(analysis.meanCommute, decimals: 1))
    }
    let list = items.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
    return section("method", strings.methodHeading, "<ul>\(list)</ul>")
  }
}
