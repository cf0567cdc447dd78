import ArgumentParser
import CoopCrypto

/// `coop hub metrics`: an operator reads the hub's counters (Prometheus text format).
struct HubMetricsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "metrics",
    abstract: "Print the hub's counters, in Prometheus text format (operators only).",
    discussion: """
      Counters since the hub started (authenticated requests, bundles submitted, approvals, \
      revocations, edges enrolled, keys retired, jobs started, results and refusals received, \
      rounds closed, repeated answers), one \
      'coop_hub_NAME VALUE' line each. The request is signed: pipe it \
      to a file a monitoring agent reads, or watch the public /health endpoint for liveness.
      """)

  @OptionGroup var hubOptions: HubOptions

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: KeyRole.allCases)
      Terminal.show(try await client.getText("/v1/metrics"), multiline: true, terminator: "")
    }
  }
}
