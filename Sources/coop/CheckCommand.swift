import ArgumentParser
import CoopLang
import Foundation

/// `coop check FILE...`: parse and check scripts and schemas, printing diagnostics.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check .coop scripts and .coopschema schemas.",
    discussion: "Exit status: 0 when clean, 1 when any error is reported, 2 for usage or I/O errors."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format: text (for people) or json (for tools).")
  var format: OutputFormat = .text

  @Option(help: "A directory of .coopschema files (default: Algorithms/schemas, then next to the script).")
  var schemas: [String] = []

  @Option(help: "Write the canonical manifest of the (single) script checked to this file.")
  var manifest: String?

  @Option(help: "The most cells a script may release.")
  var maxCells = CheckLimits.standard.maxCells

  @Option(help: "The most abstract cost units per scanned row.")
  var maxCostPerRow = CheckLimits.standard.maxCostPerRow

  @Option(help: "The most bytes of aggregation memory.")
  var maxMemory = CheckLimits.standard.maxMemoryBytes

  @Argument(help: "The files to check.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file to check") }
    if manifest != nil, files.count != 1 { throw ValidationError("--manifest needs exactly one script") }
  }

  func run() throws {
    var failed = false
    var records: [DiagnosticRecord] = []
    try reportingUsageErrors {
      let sources = try files.map { SourceText(path: $0, bytes: try SourceFiles.read($0)) }
      let renderer = DiagnosticRenderer(colors: Terminal.colorsOnStdout)
      for source in sources {
        let registry = SchemaRegistry(directories: schemaDirectories(for: source.path))
        var limits = CheckLimits.standard
        limits.maxCells = maxCells
        limits.maxCostPerRow = maxCostPerRow
        limits.maxMemoryBytes = maxMemory
        let result = Checker.check(source, registry: registry, limits: limits)
        let diagnostics = result.diagnostics.sorted
        failed = failed || result.diagnostics.hasErrors
        if let manifest, let script = result.script {
          try SourceFiles.write(ScriptLoader.manifest(script).text, to: manifest)
        } else if manifest != nil, !result.diagnostics.hasErrors {
          throw UsageError("'\(source.path)' is a schema: only scripts have a manifest")
        }
        switch format {
        case .text: Terminal.write(renderer.render(diagnostics, in: source))
        case .json: records += diagnostics.map { DiagnosticRecord($0, file: source.path) }
        }
      }
    }
    if format == .json { Terminal.write(DiagnosticRecord.encode(records)) }
    if failed { throw ExitCode(1) }
  }

  /// Where the schemas a script uses are looked up.
  func schemaDirectories(for path: String) -> [URL] {
    schemas.isEmpty
      ? SchemaRegistry.defaultDirectories(forScriptAt: path)
      : schemas.map { URL(fileURLWithPath: $0) }
  }
}

