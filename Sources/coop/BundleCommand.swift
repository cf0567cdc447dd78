import ArgumentParser
import CoopCrypto
import CoopGovernance
import CoopLang

/// `coop bundle FILE --key author.key --out X.coopbundle`: the canonical script, its manifest and
/// their BLAKE2b hash, signed by the author — what the board reviews and approves.
struct BundleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bundle",
    abstract: "Check a script and write its signed bundle (canonical script + manifest + hash).",
    discussion: "Exit status: 0 when written, 1 when the script has errors, 2 for usage or file errors.")

  @Argument(help: "The .coop script.")
  var file: String

  @Option(help: "Your author secret key file.")
  var key: String

  @Option(help: "The bundle file to write (refused if it exists).")
  var out: String

  @Option(help: "A directory of .coopschema files (default: Algorithms/schemas, then next to the script).")
  var schemas: [String] = []

  func run() throws {
    let checked = try ScriptLoader(schemaDirectories: schemas).check(file)
    try CommandFailure.reporting {
      let author = try SecretKeyFile.read(key, roles: [.author])
      let manifest = ScriptLoader.manifest(checked)
      let bundle = try ScriptBundle(
        algorithm: checked.name, version: String(checked.version), script: checked.canonicalSource,
        manifest: Array(manifest.text.utf8), author: author.key)
      try SecureFile.write(BundleFile(bundle: bundle).encoded(), to: out, mode: 0o644)
      print("\(out): \(checked.name) version \(checked.version), hash \(bundle.hash.hex)")
    }
  }
}
