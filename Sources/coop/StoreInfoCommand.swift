import ArgumentParser
import CoopEngine
import Foundation

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
