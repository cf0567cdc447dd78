import ArgumentParser
import CoopEngine
import CoopHub
import Foundation

/// `coop results`: an analyst reads a job's federated tables.
struct ResultsCommand: AsyncParsableCommand {
  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
  }

  static let configuration = CommandConfiguration(
    commandName: "results", abstract: "Print a job's federated results.")

  @Argument(help: "The job id.")
  var job: String

  @OptionGroup var hubOptions: HubOptions

  @Option(help: "Output format: table, json or csv.")
  var format: Format = .table

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: [.analyst])
      let results: JobResults = try await client.get("/v1/jobs/\(job)/results")
      switch format {
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(results), as: UTF8.self))
      case .csv: Terminal.show(ResultRendering.csv(results), multiline: true, terminator: "")
      case .table: Terminal.show(ResultRendering.table(results), multiline: true, terminator: "")
      }
    }
  }
}

/// Text renderings of job results.
enum ResultRendering {
  /// One header line, then one line per cell of every closed round: round, keys, count and its
  /// half-width, then each sum and its half-width.
  static func csv(_ results: JobResults) -> String {
    var lines: [String] = []
    for round in results.rounds {
      guard let table = round.table else { continue }
      let sums = sumNames(table)
      if lines.isEmpty {
        lines.append(
          (["round"] + table.keyNames + ["count", "count_pm95"]
            + sums.flatMap { [$0, $0 + "_pm95"] }).joined(separator: ","))
      }
      for cell in table.cells {
        var fields = [String(round.round)] + cell.key.map { quoted($0.description) }
        fields += [decimal(cell.count), decimal(cell.count, width: true)]
        for name in sums {
          let number = cell.sums[name]
          fields += [
            number.map { decimal($0) } ?? "", number.map { decimal($0, width: true) } ?? "",
          ]
        }
        lines.append(fields.joined(separator: ","))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The job's state, each round's contributors, refusals and missing edges, and its cells as
  /// aligned text.
  static func table(_ results: JobResults) -> String {
    let job = results.job
    var out = "\(job.id)  \(job.algorithm)  \(job.status)  round \(job.round)/\(job.rounds)\n"
    if let error = job.error { out += "error: \(error)\n" }
    for round in results.rounds {
      out +=
        "round \(round.round): \(round.status), \(round.contributors.count) contributed, "
        + "\(round.refusals.count) refused, \(round.missing.count) missing\n"
      for refusal in round.refusals {
        out += "  refused by \(refusal.edge): \(refusal.reason ?? "")\n"
      }
      if let retired = round.retired, !retired.isEmpty {
        out += "  retired (not waited for): \(retired.joined(separator: ", "))\n"
      }
      if !round.missing.isEmpty {
        out += "  missing: \(round.missing.joined(separator: ", "))\n"
      }
      guard let table = round.table else { continue }
      out += "  " + (table.keyNames + ["count"] + sumNames(table)).joined(separator: "\t") + "\n"
      for cell in table.cells {
        let sums = sumNames(table).map { name in
          cell.sums[name].map { "\(decimal($0)) ± \(decimal($0, width: true))" } ?? "-"
        }
        out +=
          "  "
          + (cell.key.map(\.description)
          + ["\(decimal(cell.count)) ± \(decimal(cell.count, width: true))"] + sums)
          .joined(separator: "\t") + "\n"
      }
      out += "  \(table.cells.count) cell(s), \(table.suppressed) suppressed below min_group\n"
    }
    return out
  }

  static func sumNames(_ table: ReleaseTable) -> [String] {
    table.values.filter { $0.kind != .count }.map(\.name)
  }

  /// The exact decimal of a noisy number (or of its half-width).
  static func decimal(_ number: NoisyNumber, width: Bool = false) -> String {
    let units = width ? number.halfWidth95 : number.units
    guard number.decimals > 0 else { return String(units) }
    let digits = String(units.magnitude)
    let padded = String(repeating: "0", count: max(0, number.decimals + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -number.decimals)
    return (units < 0 ? "-" : "") + padded[..<split] + "." + padded[split...]
  }

  static func quoted(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
