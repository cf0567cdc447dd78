/// The report as one self-contained HTML page: inline CSS and SVG, no script, no external URL.
struct ReportPage {
  let input: SynergyReportInput
  let analysis: SynergyAnalysis
  let communes: Communes
  let strings: ReportStrings

  var format: ReportFormat { ReportFormat(strings: strings) }

  /// The whole document.
  func html() -> String {
    let title = HTMLText.escape(strings.title)
    return "<!DOCTYPE html>\n<html lang=\"\(strings.languageCode)\"><head><meta charset=\"utf-8\">"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      // Nothing may be fetched: the page is readable offline, and a stray URL would fail loudly.
      + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      + "style-src 'unsafe-inline'; img-src data:\">"
      + "<title>\(title)</title><style>\(Self.style)</style></head><body><main>"
      + header() + summarySection() + guaranteesSection() + mapSection() + carpoolSection()
      + shuttleSection() + thirdPlacesSection() + methodSection()
      + "<footer>" + paragraph(strings.exportsNote) + paragraph(strings.sources) + "</footer>"
      + "</main></body></html>\n"
  }

  /// `<p>` around escaped `text`.
  func paragraph(_ text: String) -> String { "<p>\(HTMLText.escape(text))</p>" }

  /// A `<section>` with an `<h2>` heading, labelled by it.
  func section(_ id: String, _ heading: String, _ content: String) -> String {
    "<section id=\"\(id)\" aria-labelledby=\"\(id)-h\"><h2 id=\"\(id)-h\">"
      + HTMLText.escape(heading) + "</h2>" + content + "</section>"
  }

  /// The name of the commune with `code`.
  func name(_ code: Int) -> String { communes[code]?.name ?? String(code) }

  /// `Saint-Paul → Saint-Denis`.
  func journey(_ home: Int, _ work: Int) -> String { "\(name(home)) → \(name(work))" }

  private func header() -> String {
    let subtitle = strings.fill(
      strings.subtitle, format.date(input.run.date), input.run.hub)
    return "<header><h1>\(HTMLText.escape(strings.title))</h1>\(paragraph(subtitle))</header>"
  }

  private func summarySection() -> String {
    let items = [
      strings.fill(
        strings.summaryCompanies, String(input.run.participants.count),
        String(input.run.refusals.count)),
      strings.fill(
        strings.summaryCarpool, String(analysis.carpool.count),
        format.estimate(analysis.totalCarsSaved), format.nonNegative(analysis.totalKilometresSaved)),
      strings.fill(
        strings.summaryShuttle, String(analysis.shuttleLines.count),
        String(analysis.shuttleDepartures.count), String(input.assumptions.shuttleMinimumRiders),
        format.estimate(.total(analysis.shuttleLines.map(\.riders)))),
      strings.fill(
        strings.summaryThirdPlaces, String(analysis.thirdPlaces.count),
        format.estimate(.total(analysis.thirdPlaces.map(\.employees)))),
    ]
    let list = items.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
    return section("summary", strings.summaryHeading, "<ul class=\"summary\">\(list)</ul>")
  }
}
