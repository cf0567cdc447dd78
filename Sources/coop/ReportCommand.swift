import ArgumentParser
import CoopMobility
import Foundation

/// `coop report`: renders the synergy report (HTML page, CSV and GeoJSON exports) from a
/// federated run, read from the hub's three finished jobs or from a report input file. Pure
/// post-processing: it spends no privacy budget.
struct ReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Render the synergy report (HTML, CSV, GeoJSON) from a federated run's results.",
    discussion: """
      Either from the hub: --hub URL --key ANALYST.key --carpool JOB --shuttle JOB \
      --third-places JOB (the jobs' results, their approved scripts, checked again, and the \
      edges' enrolled names); the input it assembles is kept in exports/report-input.json. \
      Or from such a file: --input FILE (see Docs/report.md), for instance to render it again \
      in another language.
      Exit status: 0 when written, 1 when the hub refuses the request or the results are not \
      a report input, 2 for usage, network or I/O errors.
      """)

  @Option(help: "A report input (JSON), instead of the hub.")
  var input: String?

  @Option(help: ArgumentHelp("The hub's base URL.", valueName: "url"))
  var hub: String?

  @Option(help: "An analyst's secret key file (with --hub).")
  var key: String?

  @Option(help: ArgumentHelp("The finished carpool job (with --hub).", valueName: "job"))
  var carpool: String?

  @Option(help: ArgumentHelp("The finished shuttle job (with --hub).", valueName: "job"))
  var shuttle: String?

  @Option(
    name: .customLong("third-places"),
    help: ArgumentHelp("The finished third_places job (with --hub).", valueName: "job"))
  var thirdPlaces: String?

  @Option(
    name: .customLong("schemas"),
    help: ArgumentHelp("A directory of schemas to check the jobs' scripts (with --hub).", valueName: "dir"))
  var schemaDirectories: [String] = []

  @Option(help: "Output directory (created if needed): report.html and exports/.")
  var out: String

  @Option(help: "Language of the page: fr or en.")
  var lang: String = "fr"

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  /// The jobs named on the command line, by algorithm.
  private var jobs: [String: String] {
    var out: [String: String] = [:]
    for (name, job) in [("carpool", carpool), ("shuttle", shuttle), ("third_places", thirdPlaces)] {
      if let job { out[name] = job }
    }
    return out
  }

  func validate() throws {
    guard ReportLanguage(code: lang) != nil else {
      throw ValidationError("--lang must be fr or en, not '\(lang)'")
    }
    switch (input, hub) {
    case (nil, nil): throw ValidationError("say where the results are: --input FILE, or --hub URL with --key and the three jobs")
    case (.some, .some): throw ValidationError("--input and --hub exclude each other")
    case (.some, nil):
      guard key == nil, jobs.isEmpty else { throw ValidationError("--key and the jobs go with --hub, not --input") }
    case (nil, .some):
      guard key != nil else { throw ValidationError("--hub needs --key (an analyst's key)") }
      let missing = SynergyReportInput.algorithms.filter { jobs[$0] == nil }
      guard missing.isEmpty else {
        throw ValidationError("--hub needs the three jobs; missing: " + missing.map { "--" + $0.replacingOccurrences(of: "_", with: "-") }.joined(separator: ", "))
      }
    }
  }

  func run() async throws {
    let language = ReportLanguage(code: lang) ?? .french
    try await CommandFailure.reportingAsync {
      let communes = try Communes.bundled()
      do {
        let runInput: SynergyReportInput
        if let input {
          runInput = try ReportSource.read(file: input)
        } else if let hub, let key {
          runInput = try await ReportSource.fetch(hub: hub, key: key, jobs: jobs, schemas: schemaDirectories)
        } else {
          throw CommandFailure.usageError("no input")
        }
        let report = try SynergyReport(input: runInput, communes: communes)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        let files = try report.write(to: directory, language: language, keepingInput: hub != nil)
        if !quiet {
          Terminal.write("wrote \(files.count) files to \(out) (\(language.rawValue))\n")
        }
      } catch let error as SynergyReportError {
        // Results that are not a report input exit 1; a directory that cannot be written, 2.
        Terminal.error("coop: \(input ?? hub ?? ""): \(error)")
        if case .cannotWrite = error { throw CommandFailure.usage }
        throw CommandFailure.refused
      }
    }
  }
}
