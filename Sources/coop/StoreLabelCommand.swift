import ArgumentParser
import CoopEngine

/// `coop store label --schema NAME FILE`.
struct StoreLabelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "label",
    abstract: "Record a schema in a database that already has its exact layout.",
    discussion: """
      For files written by other tools in the store's layout, such as `coop synth`'s company \
      files: their tables must match the schema's exactly.
      """)

  @OptionGroup var schemaOptions: SchemaOptions

  @Argument(help: "The database file.")
  var store: String

  func run() throws {
    try reportingUsageErrors {
      let schema = try schemaOptions.load()
      do {
        try EdgeStore.label(at: store, for: schema)
      } catch {
        throw UsageError("\(error)")
      }
      print("\(store) is a store of schema \(schema.model.name) version \(schema.model.version)")
    }
  }
}
