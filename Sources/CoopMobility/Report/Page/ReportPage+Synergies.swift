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
        strings.columnJourney, strings.columnArrival, strings.columnDrivers,
        strings.columnCarsSaved, strings.columnKmSaved,
      ],
      numericColumns: [2, 3, 4],
      rows: analysis.carpool.prefix(rowLimit).map { candidate in
        [
          .text(journey(candidate.cell.home, candidate.cell.work)),
          .text(candidate.cell.slot.label), .number(format.estimate(candidate.cell.employees)),
          .number(format.estimate(candidate.carsSaved)),
          withBar(format.estimate(candidate.kilometresSaved), bar.svg(candidate.kilometresSaved)),
        ]
      },
      footer: [
        .text(strings.fill(strings.total, String(analysis.carpool.count))), .text(""), .text(""),
        .number(format.estimate(analysis.totalCarsSaved)),
        .number(format.estimate(analysis.totalKilometresSaved)),
      ])
    return tableSection(
      "carpool", strings.carpoolHeading, intro, table: table,
      more: moreRows(analysis.carpool.count, file: "carpool.csv"))
  }

  /// Shuttle demand per corridor and arrival slot above the threshold.
  func shuttleSection() -> String {
    let intro = strings.fill(strings.shuttleIntro, String(input.assumptions.shuttleMinimumRiders))
    guard !analysis.shuttle.isEmpty else {
      return tableSection("shuttle", strings.shuttleHeading, intro, empty: strings.noShuttle)
    }
    let bar = ErrorBar(scale: analysis.shuttle.map(\.employees.upper).max() ?? 0)
    let table = HTMLTable(
      id: "shuttle-table", caption: strings.shuttleCaption,
      headers: [
        strings.columnCorridor, strings.columnArrival, strings.columnRiders, strings.columnMeanKm,
      ],
      numericColumns: [2, 3],
      rows: analysis.shuttle.prefix(rowLimit).map { cell in
        [
          .text(journey(cell.home, cell.work)), .text(cell.slot.label),
          withBar(format.estimate(cell.employees), bar.svg(cell.employees)),
          .number(format.estimate(cell.meanKilometres, decimals: 1)),
        ]
      })
    return tableSection(
      "shuttle", strings.shuttleHeading, intro, table: table,
      more: moreRows(analysis.shuttle.count, file: "shuttle.csv"))
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
