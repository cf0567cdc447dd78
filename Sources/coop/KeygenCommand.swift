import ArgumentParser
import CoopCrypto

extension KeyRole: ExpressibleByArgument {}

/// `coop keygen`: a new Ed25519 key pair as `NAME.key` (0600) and `NAME.pub`.
struct KeygenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen",
    abstract: "Generate a key pair: NAME.key (secret, mode 0600) and NAME.pub.")

  @Option(help: "The key's role: \(KeyRole.allCases.map(\.rawValue).joined(separator: ", ")).")
  var role: KeyRole

  @Option(help: "Path prefix of the two files written.")
  var out: String

  @Option(help: "The holder's name, recorded in both files (copied into board files).")
  var name: String?

  @Option(help: "The holder's organisation.")
  var organisation: String?

  func run() throws {
    try CommandFailure.reporting {
      let owner = try name.map { try KeyOwner(name: $0, organisation: organisation ?? "") }
      let secretPath = out + ".key"
      let publicPath = out + ".pub"
      for path in [secretPath, publicPath] where FileManagerProbe.exists(path) {
        throw FileError.exists(path: path)
      }
      let file = SecretKeyFile(role: role, key: .generate(), owner: owner)
      try file.write(to: secretPath)
      try file.publicFile.write(to: publicPath)
      print("wrote \(secretPath) (secret, mode 0600) and \(publicPath)")
      print("\(role.rawValue) key id \(file.key.id)")
    }
  }
}
