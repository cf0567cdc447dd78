import ArgumentParser
import CoopEngine

/// `coop store verify --schema NAME FILE`.
struct StoreVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check that a store was made for a schema and has its exact layout.",
    discussion: "Exit status: 0 when it matches, 2 otherwise.")

  @OptionGroup var schemaOptions: SchemaOptions

  @Argument(help: "The store file.")
  var store: String

  func run() throws {
    try reportingUsageErrors {
      let schema = try schemaOptions.load()
      do {
        try EdgeStore(readingAt: store).verify(matches: schema)
      } catch {
        throw UsageError("\(error)")
      }
      print("\(store) matches schema \(schema.model.name) version \(schema.model.version)")
    }
  }
}
