import ArgumentParser
import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation

/// `coop approve`: adds a board member's signed approval to a bundle file.
struct ApproveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "approve",
    abstract: "Add your approval (a signature over the bundle hash) to a bundle file.",
    discussion: "Dates are UTC: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.")

  /// How long an approval lasts when `--valid-until` is not given.
  static let defaultValidity: Int64 = 90 * 86_400

  @Argument(help: "The .coopbundle file (the approval is added to it), or with --hub the hash.")
  var bundle: String

  @Option(
    help: ArgumentHelp("Approve a bundle held by this hub instead of a file.", valueName: "url"))
  var hub: String?

  @Option(help: "Your board secret key file.")
  var key: String

  @Option(
    help: ArgumentHelp("First instant the approval counts (default: now).", valueName: "date"))
  var validFrom: TimestampArgument?

  @Option(
    help: ArgumentHelp(
      "Last instant the approval counts; a date means its end (default: 90 days).",
      valueName: "date"))
  var validUntil: TimestampArgument?

  @Option(help: "An audit log to record the approval in.")
  var log: String?

  func run() async throws {
    if let hub {
      try await approveOnHub(hub)
      return
    }
    try CommandFailure.reporting {
      let signer = try SecretKeyFile.read(key, roles: [.board])
      var file = try BundleFile(parsing: SecureFile.read(bundle), source: bundle)
      let now = Timestamp.now()
      let from = validFrom?.start ?? now
      let until = validUntil?.end ?? from.adding(seconds: Self.defaultValidity)
      guard until >= now else { throw CommandFailure.usageError("--valid-until is in the past") }
      try file.approve(with: signer.key, validFrom: from, validUntil: until)
      try SecureFile.write(file.encoded(), to: bundle, mode: 0o644, replace: true)
      if let log {
        try AuditLog(path: log).append(
          .approve, payload: Self.payload(file.bundle, until: until), signer: signer.key)
      }
      print("approved \(file.bundle.hash.hex) as \(signer.key.id), valid \(from) to \(until)")
      print("\(file.approvals.count) approval(s) in \(bundle)")
    }
  }

  /// Fetches the bundle from the hub, signs an approval of its hash and posts it.
  private func approveOnHub(_ hub: String) async throws {
    try await CommandFailure.reportingAsync {
      let options = try HubOptions.parse(["--hub", hub, "--key", key])
      let client = try options.client(roles: [.board])
      let document: BundleDocument = try await client.get("/v1/bundles/\(bundle)")
      var file = try document.bundleFile(hash: bundle)
      let signer = try SecretKeyFile.read(key, roles: [.board])
      let now = Timestamp.now()
      let from = validFrom?.start ?? now
      let until = validUntil?.end ?? from.adding(seconds: Self.defaultValidity)
      guard until >= now else { throw CommandFailure.usageError("--valid-until is in the past") }
      try file.approve(with: signer.key, validFrom: from, validUntil: until)
      guard let approval = file.approvals.last else { return }
      let summary: BundleSummary = try await client.post(
        "/v1/bundles/\(bundle)/approvals", ApprovalMessage(approval))
      if let log {
        try AuditLog(path: log).append(
          .approve, payload: Self.payload(file.bundle, until: until), signer: signer.key)
      }
      Terminal.show("approved \(bundle) as \(signer.key.id), valid \(from) to \(until)")
      Terminal.show("\(summary.approvals.count) approval(s) on the hub; status \(summary.status)")
    }
  }

  static func payload(_ bundle: ScriptBundle, until: Timestamp) -> [String: String] {
    [
      "bundle": bundle.hash.hex, "algorithm": bundle.algorithm, "version": bundle.version,
      "valid-until": until.text,
    ]
  }
}
