import ArgumentParser
import CoopGovernance

/// `coop pending`: a board member lists the bundles awaiting approval and their main facts.
struct PendingCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pending",
    abstract: "List the bundles awaiting the board's approval, with their manifests' main facts.")

  @OptionGroup var hubOptions: HubOptions

  @Flag(help: "Also print each script and manifest in full.")
  var full = false

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: [.board])
      let pending: [PendingBundle] = try await client.get("/v1/bundles/pending")
      if pending.isEmpty { print("no bundle is pending") }
      // Everything below comes from the hub: its control and bidi characters are escaped.
      for item in pending {
        let summary = item.summary
        Terminal.show("\(summary.hash)  \(summary.algorithm) \(summary.version)")
        Terminal.show(
          "  author \(summary.author), submitted \(summary.submittedAt), "
            + "\(summary.approvals.count) approval(s)")
        Terminal.show("  " + Self.facts(item.manifest))
        if full { Terminal.show(item.script + "\n" + item.manifest, multiline: true) }
      }
    }
  }

  /// `epsilon 0.5, min_group 5, rounds 1`: only what the manifest states.
  static func facts(_ manifest: String) -> String {
    guard let facts = ManifestFacts(Array(manifest.utf8)) else {
      return "manifest: not a JSON object"
    }
    let parts = [
      facts.algorithm.map { "algorithm \($0)" }, facts.version.map { "version \($0)" },
      facts.epsilon.map { "epsilon \($0)" }, facts.minGroup.map { "min_group \($0)" },
      facts.rounds.map { "rounds \($0)" },
    ].compactMap { $0 }
    return parts.isEmpty ? "manifest: no recognised facts" : parts.joined(separator: ", ")
  }
}
