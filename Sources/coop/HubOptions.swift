import ArgumentParser
import CoopCrypto
import CoopEdge
import Foundation

/// The options every command talking to a hub takes: its URL and the caller's key.
struct HubOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The hub's base URL.", valueName: "url"))
  var hub: String

  @Option(help: "Your secret key file; it signs every request.")
  var key: String

  /// A client signing with the key, which must have one of `roles`.
  func client(roles: [KeyRole]) throws -> HubClient {
    guard let url = URL(string: hub), url.scheme == "http" || url.scheme == "https" else {
      throw CommandFailure.usageError("--hub must be an http or https URL")
    }
    return HubClient(baseURL: url, key: try SecretKeyFile.read(key, roles: roles).key)
  }
}
