import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop submit`: an author sends a bundle file to the hub for review.
struct SubmitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit", abstract: "Submit a .coopbundle file to the hub for the board's review.")

  @Argument(help: "The .coopbundle file.")
  var bundle: String

  @OptionGroup var hubOptions: HubOptions

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: [.author])
      let bytes = try SecureFile.read(bundle)
      _ = try BundleFile(parsing: bytes, source: bundle)
      let summary: BundleSummary = try await client.post(
        "/v1/bundles", BundleSubmission(bundle: Base64.encode(bytes)))
      Terminal.show(
        "submitted \(summary.hash) (\(summary.algorithm) \(summary.version)): \(summary.status)")
    }
  }
}
