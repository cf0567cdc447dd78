import ArgumentParser
import CoopEngine

/// `coop store verify --schema NAME FILE`.
struct StoreVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check that a store was made for a schema and has its exact layout.",
    discussion: "Exit status: 0 when it matches, 2 otherwise.")

  @OptionGroup var arguments: StoreArguments

  func run() throws {
    try reportingUsageErrors {
      try arguments.run({ (schema, store) throws(StoreError) in
        try EdgeStore(readingAt: store).verify(matches: schema)
      }) { "\(arguments.store) matches schema \($0.model.name) version \($0.model.version)" }
    }
  }
}
