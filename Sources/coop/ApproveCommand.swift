import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop approve`: adds a board member's signed approval to a bundle file.
struct ApproveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "approve",
    abstract: "Add your approval (a signature over the bundle hash) to a bundle file.",
    discussion: "Dates are UTC: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.")

  /// How long an approval lasts when `--valid-until` is not given.
  static let defaultValidity: Int64 = 90 * 86_400

  @Argument(help: "The .coopbundle file; the approval is added to it.")
  var bundle: String

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

  func run() throws {
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

  static func payload(_ bundle: ScriptBundle, until: Timestamp) -> [String: String] {
    [
      "bundle": bundle.hash.hex, "algorithm": bundle.algorithm, "version": bundle.version,
      "valid-until": until.text,
    ]
  }
}
