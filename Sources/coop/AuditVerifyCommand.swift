import ArgumentParser
import CoopCrypto
import CoopGovernance
import Foundation

/// `coop audit verify`: checks a log's chain and signatures; names the first broken entry.
struct AuditVerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check an audit log's hash chain and signatures.")

  @Argument(help: "The audit log file.")
  var log: String

  @Option(name: .customLong("key"), help: "A writer's public key file (repeat).")
  var keys: [String] = []

  @Option(help: "A directory whose *.pub files are the writers' keys.")
  var keysDir: String?

  func run() throws {
    try CommandFailure.reporting {
      var paths = keys
      if let keysDir {
        let names = try FileManager.default.contentsOfDirectory(atPath: keysDir)
        paths += names.filter { $0.hasSuffix(".pub") }.sorted().map { keysDir + "/" + $0 }
      }
      guard !paths.isEmpty else {
        throw CommandFailure.usageError("give the writers' keys with --key or --keys-dir")
      }
      let writers = try paths.map { try PublicKeyFile.read($0).key }
      let entries = try AuditLog(path: log).verify(keys: writers)
      print("ok: \(entries.count) entries, chain and signatures valid")
      if let last = entries.last { print("head \(last.hash.hex) (entry \(last.seq))") }
    }
  }
}
