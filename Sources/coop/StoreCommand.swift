import ArgumentParser
import CoopEngine
import Foundation

/// `coop store`: create an empty edge store, or show what one holds.
struct StoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Create or describe an edge store.",
    subcommands: [
      StoreInitCommand.self, StoreInfoCommand.self, StoreVerifyCommand.self, StoreLabelCommand.self,
    ])
}
