import ArgumentParser
import CoopCrypto
import CoopGovernance
import Foundation

/// `coop hub retire`: an operator retires a registered key (a rotated or lost edge key, a
/// departed author or analyst).
struct HubRetireCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retire",
    abstract: "Retire a registered edge, author or analyst key (operators only).",
    discussion: """
      The key no longer authenticates, new jobs are not sent to it, and running jobs stop \
      waiting for it (a round that waited only for it closes now). It stays on record: old \
      jobs still name it, and it cannot be registered again. Give the key id (as 'coop hub \
      enroll' printed it) or its public key file.
      """)

  @OptionGroup var hubOptions: HubOptions

  @Argument(help: ArgumentHelp("The key id, or its .pub file.", valueName: "key-id|file"))
  var target: String

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let id: String
      if FileManager.default.fileExists(atPath: target) {
        id = try PublicKeyFile.read(target).key.id.text
      } else {
        guard (try? KeyID(text: target)) != nil else {
          throw CommandFailure.usageError("'\(target)' is neither a key id (16 hexadecimal characters) nor a .pub file")
        }
        id = target
      }
      let client = try hubOptions.client(roles: KeyRole.allCases)
      let view: PrincipalView = try await client.delete("/v1/principals/\(id)")
      Terminal.show("retired \(view.id) (\(view.role), \(view.name))")
    }
  }
}
