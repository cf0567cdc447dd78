import ArgumentParser
import CoopEngine

/// A schema and a store file: what `coop store verify` and `coop store label` take.
struct StoreArguments: ParsableArguments {
  @OptionGroup var schemaOptions: SchemaOptions

  @Argument(help: "The store file.")
  var store: String

  /// Runs `body` on the schema and the store path, printing `message(schema)` when it succeeds;
  /// failures become one line and exit status 2.
  func run(
    _ body: (StoreSchema, String) throws(StoreError) -> Void, message: (StoreSchema) -> String
  ) throws {
    let schema = try schemaOptions.load()
    do {
      try body(schema, store)
    } catch {
      throw UsageError(error.description)
    }
    print(message(schema))
  }
}
