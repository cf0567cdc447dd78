import ArgumentParser
import CoopMobility
import Foundation

/// `coop report --input run.json --out DIR`: renders the synergy report (HTML page, CSV and
/// GeoJSON exports) from a federated run's results, so an analyst can re-render it, for
/// instance in another language. Pure post-processing: it spends no privacy budget.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Render the synergy report (HTML, CSV, GeoJSON) from a federated run's results.",
    discussion: """
      The input is one JSON file: the run's facts, the carpool and shuttle tables, the third \
      places' final centres and last round's table (tables as 'coop run --format json' writes \
      them), and optional assumptions. See Docs/report.md.
      Exit status: 0 when written, 1 when the input is not a report input, 2 for usage or I/O \
      errors.
      """)

  @Option(help: "The report input (JSON).")
  var input: String

  @Option(help: "Output directory (created if needed): report.html and exports/.")
  var out: String

  @Option(help: "Language of the page: fr or en.")
  var lang: String = "fr"

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    guard ReportLanguage(code: lang) != nil else {
      throw ValidationError("--lang must be fr or en, not '\(lang)'")
    }
  }

  func run() throws {
    let language = ReportLanguage(code: lang) ?? .french
    guard let data = FileManager.default.contents(atPath: input) else {
      Terminal.error("coop: cannot read '\(input)'")
      throw ExitCode(2)
    }
    let communes: Communes
    do {
      communes = try Communes.bundled()
    } catch {
      Terminal.error("coop: \(error)")
      throw ExitCode(2)
    }
    let report: SynergyReport
    do {
      report = try SynergyReport(input: try SynergyReportInput(json: data), communes: communes)
    } catch {
      Terminal.error("coop: \(input): \(error)")
      throw ExitCode(1)
    }
    let files: [URL]
    do {
      files = try report.write(to: URL(fileURLWithPath: out, isDirectory: true), language: language)
    } catch {
      Terminal.error("coop: \(error)")
      throw ExitCode(2)
    }
    if !quiet {
      Terminal.write("wrote \(files.count) files to \(out) (\(language.rawValue))\n")
    }
  }
}
