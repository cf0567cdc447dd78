extension ReportPage {
  /// Carpool candidates with cars and km saved per day, and their total.
  func carpoolSection() -> String {
    let assumptions = input.assumptions
    let intro = strings.fill(
      strings.carpoolIntro, String(assumptions.carpoolMinimumDrivers),
      String(assumptions.carOccupancy))
    guard !analysis.carpool.isEmpty else {
      return tableSection("carpool", strings.carpoolHeading, intro, empty: strings.noCarpool)
    }
    let bar = ErrorBar(scale: analysis.carpool.map(\.kilometresSaved.upper).max() ?? 0)
    let table = HTMLTable(
      id: "carpool-table", caption: strings.carpoolCaption,
      headers: [
        strings.columnJourney, strings.columnDrivers, strings.columnMeanKm,
        strings.columnCarsSaved, strings.columnKmSaved,
      ],
      numericColumns: [1, 2, 3, 4],
      rows: analysis.carpool.prefix(rowLimit).map { candidate in
        [
          .text(journey(candidate.cell.home, candidate.cell.work)),
          .number(format.estimate(candidate.cell.employees)),
          .number(format.nonNegative(candidate.cell.meanKilometres, decimals: 1)),
          .number(format.estimate(candidate.carsSaved)),
          withBar(format.nonNegative(candidate.kilometresSaved), bar.svg(candidate.kilometresSaved)),
        ]
      },
      footer: [
        .text(strings.fill(strings.total, String(analysis.carpool.count))), .text(""), .text(""),
        .number(format.estimate(analysis.totalCarsSaved)),
        .number(format.nonNegative(analysis.totalKilometresSaved)),
      ])
    let shown = analysis.carpool.prefix(rowLimit)
    let upperBounds = upperBoundNote(
      shown.flatMap { [$0.cell.meanKilometres, $0.kilometresSaved] } + [analysis.totalKilometresSaved])
    return tableSection(
      "carpool", strings.carpoolHeading, intro, table: table,
      more: upperBounds + moreRows(analysis.carpool.count, file: "carpool.csv"))
  }

  /// Shuttle lines to each work commune: one row per departure (arrival hour) above the
  /// threshold, lines with the most riders first.
  func shuttleSection() -> String {
    let intro = strings.fill(strings.shuttleIntro, String(input.assumptions.shuttleMinimumRiders))
    let departures = analysis.shuttleDepartures
    guard !departures.isEmpty else {
      return tableSection("shuttle", strings.shuttleHeading, intro, empty: strings.noShuttle)
    }
    let bar = ErrorBar(scale: departures.map(\.riders.upper).max() ?? 0)
    let table = HTMLTable(
      id: "shuttle-table", caption: strings.shuttleCaption,
      headers: [
        strings.columnWorkCommune, strings.columnArrival, strings.columnRiders,
      ],
      numericColumns: [2],
      rows: departures.prefix(rowLimit).map { cell in
        [
          .text(name(cell.work)), .text(cell.hour.label),
          withBar(format.estimate(cell.riders), bar.svg(cell.riders)),
        ]
      })
    return tableSection(
      "shuttle", strings.shuttleHeading, intro, table: table,
      more: moreRows(departures.count, file: "shuttle.csv"))
  }

  /// A section with an introduction, then `table` and the `more` note, or else the `empty`
  /// message.
  func tableSection(
    _ id: String, _ heading: String, _ intro: String, table: HTMLTable? = nil,
    more: String = "", empty: String = ""
  ) -> String {
    section(
      id, heading, paragraph(intro) + (table.map { $0.html() + more } ?? paragraph(empty)))
  }

  /// The note explaining "≤ x" when one of `estimates` is shown that way, or nothing.
  func upperBoundNote(_ estimates: [Estimate]) -> String {
    estimates.contains { $0.value - $0.halfWidth <= 0 } ? paragraph(strings.upperBoundOnly) : ""
  }

  /// The most rows a table shows.
  var rowLimit: Int { input.assumptions.tableRowLimit }

  /// The note saying how many of `count` rows only the export `file` holds, or nothing.
  func moreRows(_ count: Int, file: String) -> String {
    count > rowLimit
      ? paragraph(strings.fill(strings.moreRows, String(count - rowLimit), file)) : ""
  }

  /// A numeric cell: the text, then its error bar.
  func withBar(_ text: String, _ bar: String) -> HTMLTable.Cell {
    HTMLTable.Cell(html: HTMLText.escape(text) + bar, numeric: true)
  }
}
