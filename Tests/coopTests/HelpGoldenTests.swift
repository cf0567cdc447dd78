import Foundation
import Testing

@Suite("CLI help matches the golden files")
struct HelpGoldenTests {
  /// `Tests/coopTests/Golden`, next to this file.
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  @Test(arguments: [
    "keygen", "board init", "approve", "verify", "revoke", "audit verify", "import", "store init",
    "store info", "report",
  ])
  func helpMatchesGolden(command: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let arguments = command.split(separator: " ").map(String.init) + ["--help"]
    let result = try CoopProcess(directory: directory.path).run(arguments)
    let name = "help-" + command.replacingOccurrences(of: " ", with: "-") + ".txt"
    let golden = try String(
      contentsOf: Self.goldenDirectory.appendingPathComponent(name), encoding: .utf8)
    #expect(result.status == 0)
    #expect(result.stdout == golden, "regenerate with: coop \(command) --help > Golden/\(name)")
  }
}
