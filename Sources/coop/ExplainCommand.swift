import ArgumentParser
import CoopLang
import Foundation

/// `coop explain FILE`: the board's review sheet of a script.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Print the review sheet of a script: what it reads and releases, its privacy cost, bounds and expected errors.",
    discussion: "Exit status: 0 when the script checks, 1 when it has errors (they are printed instead), 2 for usage or I/O errors."
  )

  @Option(help: "Output format: text or md (Markdown).")
  var format: ReviewSheet.Format = .text

  @Option(help: "A directory of .coopschema files (default: Algorithms/schemas, then next to the script).")
  var schemas: [String] = []

  @Argument(help: "The script to explain.")
  var file: String

  func run() throws {
    try reportingUsageErrors {
      let checked = try ScriptLoader(schemaDirectories: schemas).check(file)
      Terminal.write(ReviewSheet(checked).render(format))
    }
  }
}

extension ReviewSheet.Format: ExpressibleByArgument {}
