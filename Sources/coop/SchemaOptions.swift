import ArgumentParser
import CoopEngine
import Foundation

/// `--schema NAME|FILE` and `--schemas DIR`: which schema a store command uses.
struct SchemaOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The schema: a name (found as NAME.coopschema) or a path to a .coopschema file.",
      valueName: "name|file"))
  var schema: String

  @Option(
    name: .customLong("schemas"),
    help: ArgumentHelp(
      "A directory of schemas, searched before ./Algorithms/schemas and the installed ones.",
      valueName: "dir"))
  var schemaDirectories: [String] = []

  /// The store layout of the chosen schema; a `UsageError` saying what is wrong otherwise.
  func load() throws -> StoreSchema {
    let defaults = SchemaCatalog.defaultDirectories(
      currentDirectory: FileManager.default.currentDirectoryPath,
      executablePath: ExecutablePath.current)
    let catalog = SchemaCatalog(directories: schemaDirectories + defaults)
    do {
      return StoreSchema(try catalog.load(schema))
    } catch {
      throw UsageError(error.description)
    }
  }
}
