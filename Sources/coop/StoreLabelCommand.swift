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

  @OptionGroup var arguments: StoreArguments

  func run() throws {
    try reportingUsageErrors {
      try arguments.run({ (schema, store) throws(StoreError) in
        try EdgeStore.label(at: store, for: schema)
      }) { "\(arguments.store) is a store of schema \($0.model.name) version \($0.model.version)" }
    }
  }
}
