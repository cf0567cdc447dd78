import ArgumentParser
import CoopEngine
import Foundation

/// `coop store`: create an empty edge store, or show what one holds.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Create or describe an edge store.",
    subcommands: [StoreInitCommand.self, StoreInfoCommand.self])
}

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
      guard !FileManager.default.fileExists(atPath: into) else {
        throw UsageError("'\(into)' already exists")
      }
      do {
        try EdgeStore.create(at: into, for: schema)
      } catch {
        throw UsageError("\(error)")
      }
      print("created \(into) (schema \(schema.model.name) version \(schema.model.version))")
    }
  }
}

/// `coop store info FILE`.
struct StoreInfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info", abstract: "Show a store's schema, tables, row counts and last imports.")

  @Argument(help: "The store file.")
  var store: String

  func run() throws {
    try reportingUsageErrors {
      let info: StoreInfo
      do {
        info = try EdgeStore(readingAt: store).info()
      } catch {
        throw UsageError("\(error)")
      }
      print(
        "\(store): schema \(info.schemaName) version \(info.schemaVersion), created \(info.createdAt)"
      )
      print("  schema hash \(info.schemaHash)")
      for table in info.tables {
        let origin = table.source.map { ", imported \(table.importedAt ?? "") from \($0)" } ?? ""
        print("  \(table.name): \(table.rows) rows\(origin)")
      }
    }
  }
}
