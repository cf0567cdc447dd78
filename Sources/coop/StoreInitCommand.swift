import ArgumentParser
import CoopEngine
import Foundation

/// `coop store init --schema NAME --into FILE`.
struct StoreInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create an empty edge store for a schema.")

  @OptionGroup var schemaOptions: SchemaOptions

  @Option(help: ArgumentHelp("The store file to create (it must not exist).", valueName: "store"))
  var into: String

  func run() throws {
    try reportingUsageErrors {
      let schema = try schemaOptions.load()
      do {
        try EdgeStore.create(at: into, for: schema)
      } catch {
        throw UsageError("\(error)")
      }
      print("created \(into) (schema \(schema.model.name) version \(schema.model.version))")
    }
  }
}
