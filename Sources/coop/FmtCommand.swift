import ArgumentParser
import CoopLang

/// `coop fmt FILE...`: rewrite files in the canonical layout.
struct FmtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Format .coop scripts and .coopschema schemas in the canonical layout.",
    discussion: """
      Rewrites each file in place unless --check or --stdout is given. Files with errors are \
      reported and left untouched. Exit status: 0 when done (or, with --check, when every file is \
      already formatted), 1 when a file has errors or would change, 2 for usage or I/O errors.
      """
  )

  @Flag(help: "Change nothing; list the files that would change and exit 1 if any.")
  var check = false

  @Flag(help: "Print the formatted text instead of rewriting the files.")
  var stdout = false

  @Argument(help: "The files to format.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file to format") }
    if check && stdout { throw ValidationError("--check and --stdout cannot be combined") }
  }

  func run() throws {
    var failed = false
    try reportingUsageErrors {
      let renderer = DiagnosticRenderer(colors: Terminal.colorsOnStdout)
      for path in files {
        let source = SourceText(path: path, bytes: try SourceFiles.read(path))
        let parsed = Parser.parse(source)
        guard let formatted = Formatter.format(parsed) else {
          Terminal.write(renderer.render(parsed.diagnostics.sorted, in: source))
          failed = true
          continue
        }
        let changed = Array(formatted.utf8) != source.bytes
        if stdout {
          Terminal.write(formatted)
        } else if check {
          if changed {
            Terminal.write("\(path): would be reformatted\n")
            failed = true
          }
        } else if changed {
          try SourceFiles.write(formatted, to: path)
        }
      }
    }
    if failed { throw ExitCode(1) }
  }
}
