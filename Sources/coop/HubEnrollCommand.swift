import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop hub enroll`: an operator registers an edge, author or analyst key with the hub.
struct HubEnrollCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "enroll",
    abstract: "Register a public key with the hub as an edge, author or analyst (operators only).")

  @OptionGroup var hubOptions: HubOptions

  @Option(help: "The role: edge, author or analyst.")
  var role: String

  @Option(help: "The public key file to register.")
  var publicKey: String

  @Option(help: "A display name (default: the name in the key file).")
  var name: String?

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: KeyRole.allCases)
      let file = try PublicKeyFile.read(publicKey)
      let registration = PrincipalRegistration(
        role: role, name: name ?? file.owner?.name ?? file.key.id.text, key: file.key.base64)
      let view: PrincipalView = try await client.post("/v1/principals", registration)
      Terminal.show("enrolled \(view.id) as \(view.role) (\(view.name))")
    }
  }
}
