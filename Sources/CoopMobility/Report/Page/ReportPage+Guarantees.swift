import Foundation

extension ReportPage {
  /// What was computed, ε, minimum group sizes, noise and suppression, who took part.
  func guaranteesSection() -> String {
    let algorithms = HTMLTable(
      id: "algorithms", caption: strings.algorithmsCaption,
      headers: [
        strings.columnAlgorithm, strings.columnWhat, strings.columnEpsilon,
        strings.columnMinGroup, strings.columnRounds,
      ],
      numericColumns: [2, 3, 4],
      rows: input.run.algorithms.map { algorithm in
        [
          .text("\(algorithm.name) v\(algorithm.version)"),
          .text(strings.algorithmDescriptions[algorithm.name] ?? ""),
          .number(epsilon(algorithm.epsilon.description)),
          .number(String(algorithm.minGroup)), .number(String(algorithm.rounds)),
        ]
      })
    let suppressed = strings.fill(
      strings.suppressionExplained, String(input.carpool.suppressed),
      String(input.shuttle.suppressed), String(input.thirdPlaces.lastRound.suppressed))
    let content =
      paragraph(strings.guaranteesIntro) + algorithms.html()
      + paragraph(
        strings.fill(strings.totalEpsilon, epsilon(input.run.totalEpsilon.description)))
      + paragraph(strings.epsilonMeaning) + paragraph(suppressed)
      + paragraph(strings.plusMinusExplained) + companies()
    return section("guarantees", strings.guaranteesHeading, content)
  }

  /// An exact ε (`0.25`) with the language's decimal separator.
  private func epsilon(_ decimal: String) -> String {
    decimal.replacingOccurrences(of: ".", with: strings.numbers.decimalSeparator)
  }

  private func companies() -> String {
    // Numeric-aware and locale-independent, so "Entreprise 2" comes before "Entreprise 10".
    let participants = input.run.participants.sorted {
      $0.compare($1, options: [.numeric, .caseInsensitive]) == .orderedAscending
    }
    let heading = strings.fill(strings.participantsHeading, String(participants.count))
    var html =
      "<h3>\(HTMLText.escape(heading))</h3><ul class=\"companies\">"
      + participants.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
    if input.run.refusals.isEmpty {
      html += paragraph(strings.noRefusal)
    } else {
      html += HTMLTable(
        id: "refusals", caption: strings.refusalsCaption,
        headers: [strings.columnCompany, strings.columnReason], numericColumns: [],
        rows: input.run.refusals.map { [.text($0.company), .text($0.reason)] }
      ).html()
    }
    return html
  }
}
