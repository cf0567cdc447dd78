import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop verify`: exit 0 only if the bundle may run under the given board.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check a bundle's approvals against a board: exit 0 to run, 1 if refused.",
    discussion: """
      Dates are UTC: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ. Exit code 2: usage or file error.
      """)

  @Argument(help: "The .coopbundle file.")
  var bundle: String

  @Option(help: "The board file the edge trusts.")
  var board: String

  @Option(help: "The board fingerprint the edge pinned (hexadecimal); strongly recommended.")
  var boardFingerprint: String?

  @Option(help: "A revocations file written by 'coop revoke'.")
  var revocations: String?

  @Option(help: ArgumentHelp("Verify as of this UTC instant instead of now.", valueName: "date"))
  var at: TimestampArgument?

  func run() throws {
    try CommandFailure.reporting {
      let trusted = try Board.read(board)
      if let pinned = boardFingerprint, pinned != trusted.fingerprint.hex {
        throw VerificationError.boardFingerprintMismatch(
          have: trusted.fingerprint.hex, want: pinned)
      }
      let list = try revocations.map {
        try RevocationList(parsing: SecureFile.read($0), source: $0)
      }
      let file = try BundleFile(parsing: SecureFile.read(bundle), source: bundle)
      let verifier = BundleVerifier(board: trusted, revocations: list ?? RevocationList())
      let verified = try verifier.verify(file, at: at?.start ?? .now())
      report(verified, quorum: trusted.quorum)
      let fingerprint = trusted.fingerprint.hex
      print("board \(fingerprint)" + (boardFingerprint == nil ? " (not pinned)" : " (pinned)"))
    }
  }

  private func report(_ verified: VerifiedBundle, quorum: Int) {
    let bundle = verified.bundle
    Terminal.show("verified \(bundle.hash.hex) (\(bundle.algorithm) \(bundle.version))")
    let names = verified.approvers.map { member in
      let organisation = member.owner.organisation
      return organisation.isEmpty ? member.owner.name : "\(member.owner.name) (\(organisation))"
    }
    Terminal.show("approved by \(names.count) of quorum \(quorum): \(names.joined(separator: ", "))")
    print("valid until \(verified.validUntil)")
    if !verified.revokers.isEmpty {
      print("note: revoked by \(verified.revokers.count), fewer than the quorum")
    }
  }
}
