import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop revoke`: appends a board member's signed revocation of a bundle hash to a file.
struct RevokeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke",
    abstract: "Sign a revocation of a bundle hash; a quorum of them stops edges running it.")

  @Argument(help: "The bundle hash (64 hexadecimal characters, as 'coop verify' prints it).")
  var hash: String

  @Option(help: "Your board secret key file.")
  var key: String

  @Option(help: "The revocations file to append to (created if missing).")
  var out: String = "revocations"

  @Option(help: "Why, in one line.")
  var reason: String = ""

  @Option(help: "An audit log to record the revocation in.")
  var log: String?

  func run() throws {
    try CommandFailure.reporting {
      guard let digest = try? Digest(hex: hash) else {
        throw CommandFailure.usageError("the hash must be 64 lowercase hexadecimal characters")
      }
      let signer = try SecretKeyFile.read(key, roles: [.board])
      let revocation = try Revocation(
        revoking: digest, key: signer.key, time: .now(), reason: reason)
      try SecureFile.append(to: out) { existing in
        var list = try RevocationList(parsing: existing, source: out)
        let before = list.encoded().count
        list.append(revocation)
        return Array(list.encoded()[before...])
      }
      if let log {
        try AuditLog(path: log).append(
          .revoke, payload: ["bundle": digest.hex, "reason": reason], signer: signer.key)
      }
      print("revoked \(digest.hex) as \(signer.key.id); appended to \(out)")
    }
  }
}
