import ArgumentParser
import CoopEngine
import Foundation

/// `coop import`: maps a company's own data onto a schema and replaces tables of its edge store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import CSV files or SQLite tables into an edge store, through a mapping file.",
    discussion: """
      Every row is checked (types, ranges, enum values, zones, foreign keys, one row per unit); \
      bad rows are listed as FILE:LINE and nothing is changed. An accepted import replaces the \
      tables it fills in one transaction. Values are not shown unless --show-values is given. \
      See Docs/import.md. Exit status: 0 imported, 1 data rejected, 2 usage, mapping, file or \
      store error.
      """)

  @OptionGroup var schemaOptions: SchemaOptions

  @Option(help: ArgumentHelp("The mapping file (TOML).", valueName: "file"))
  var mapping: String

  @Option(help: ArgumentHelp("The store to fill (created when missing).", valueName: "store"))
  var into: String

  @Option(
    name: .customLong("table"),
    help: ArgumentHelp("Fill table NAME from FILE, repeatable.", valueName: "NAME=FILE"))
  var tables: [String] = []

  @Flag(help: "Show offending values in problems (they may be personal data).")
  var showValues = false

  @Option(help: ArgumentHelp("List at most this many problems.", valueName: "n"))
  var maxProblems = 100

  @Flag(name: .shortAndLong, help: "Print nothing but errors.")
  var quiet = false

  @Argument(help: "The CSV file (for a mapping of one table) or the SQLite database.")
  var file: String?

  func run() throws {
    var rejected = false
    try reportingUsageErrors {
      let schema = try schemaOptions.load()
      let text = String(decoding: try SourceFiles.read(mapping), as: UTF8.self)
      let parsed = try importing { () throws(MappingError) in
        try ImportMapping.parse(text, file: mapping)
      }
      var explicit: [String: String] = [:]
      for entry in tables {
        let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          throw UsageError("--table takes NAME=FILE (got '\(entry)')")
        }
        explicit[parts[0]] = parts[1]
      }
      var options = ImportOptions()
      options.showValues = showValues
      options.maxProblems = maxProblems
      options.zoneResolvers = ZoneLookups.resolvers(for: schema.model)
      let directory = URL(fileURLWithPath: mapping).deletingLastPathComponent().path
      let job = StoreImport(schema: schema, mapping: parsed, mappingFile: mapping, options: options)
      do {
        let sources = try parsed.sources(
          file: file, explicit: explicit, mappingDirectory: directory)
        let summary = try job.run(into: into, from: sources)
        if !quiet {
          for table in summary.tables {
            print("\(table.name): \(table.rows) rows from \(table.source)")
          }
          print("\(summary.created ? "created" : "updated") \(into)")
        }
      } catch let error as ImportError {
        guard case .rejected(let rejection) = error else { throw UsageError(error.description) }
        Terminal.error(rejection.description)
        rejected = true
      }
    }
    if rejected { throw ExitCode(1) }
  }

  private func importing<T>(_ body: () throws(MappingError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw UsageError(error.description)
    }
  }
}
