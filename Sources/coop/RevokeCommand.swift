import ArgumentParser
import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation

/// `coop revoke`: a board member's signed revocation of a bundle hash, appended to a
/// revocations file or sent to the hub.
struct RevokeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke",
    abstract: "Sign a revocation of a bundle hash; a quorum of them stops edges running it.",
    discussion: """
      Without --hub, the revocation is appended to a file (--out) that edges are given. With \
      --hub, it is sent to the hub, which checks the signature against the board and hands \
      the revocations to edges with every task: once a quorum of members has revoked a \
      bundle, edges refuse its jobs, and the hub refuses to start new ones.
      """)

  @Argument(help: "The bundle hash (64 hexadecimal characters, as 'coop verify' prints it).")
  var hash: String

  @Option(help: "Your board secret key file.")
  var key: String

  @Option(
    help: ArgumentHelp("Send the revocation to this hub instead of a file.", valueName: "url"))
  var hub: String?

  @Option(help: "The revocations file to append to (created if missing); not with --hub.")
  var out: String?

  @Option(help: "Why, in one line.")
  var reason: String = ""

  @Option(help: "An audit log to record the revocation in.")
  var log: String?

  func validate() throws {
    if hub != nil && out != nil { throw ValidationError("--out and --hub exclude each other") }
  }

  func run() async throws {
    try await CommandFailure.reportingAsync {
      guard let digest = try? Digest(hex: hash) else {
        throw CommandFailure.usageError("the hash must be 64 lowercase hexadecimal characters")
      }
      let signer = try SecretKeyFile.read(key, roles: [.board])
      let revocation = try Revocation(
        revoking: digest, key: signer.key, time: .now(), reason: reason)
      let destination: String
      if let hub {
        let client = try HubOptions.parse(["--hub", hub, "--key", key]).client(roles: [.board])
        let summary: BundleSummary = try await client.post(
          "/v1/bundles/\(digest.hex)/revocations", RevocationMessage(revocation))
        destination = "sent to the hub; status \(summary.status)"
      } else {
        let file = out ?? "revocations"
        try SecureFile.append(to: file) { existing in
          var list = try RevocationList(parsing: existing, source: file)
          let before = list.encoded().count
          list.append(revocation)
          return Array(list.encoded()[before...])
        }
        destination = "appended to \(file)"
      }
      if let log {
        try AuditLog(path: log).append(
          .revoke, payload: ["bundle": digest.hex, "reason": reason], signer: signer.key)
      }
      print("revoked \(digest.hex) as \(signer.key.id); \(destination)")
    }
  }
}
