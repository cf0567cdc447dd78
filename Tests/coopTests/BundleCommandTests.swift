import Foundation
import Testing

/// `coop bundle` wires the checker's manifest into signed governance bundles.
@Suite("coop bundle")
struct BundleCommandTests {
  @Test("bundle, two approvals, verify; the bundle holds the canonical script and its manifest")
  func roundTrip() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let coop = CoopProcess(directory: dir.path)
    let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path
    let script = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/mobility/carpool.coop").path
    for (role, name) in [("author", "alice"), ("board", "b1"), ("board", "b2"), ("board", "b3")] {
      #expect(try coop.run("keygen", "--role", role, "--out", name).status == 0)
    }
    let bundled = try coop.run("bundle", script, "--schemas", schemas, "--key", "alice.key", "--out", "c.coopbundle")
    #expect(bundled.status == 0, "\(bundled.stderr)")
    #expect(try coop.run("board", "init", "--member", "b1.pub", "--member", "b2.pub", "--member", "b3.pub", "--quorum", "2", "--out", "board.toml").status == 0)
    #expect(try coop.run("approve", "c.coopbundle", "--key", "b1.key").status == 0)
    #expect(try coop.run("verify", "c.coopbundle", "--board", "board.toml").status == 1)
    #expect(try coop.run("approve", "c.coopbundle", "--key", "b2.key").status == 0)
    #expect(try coop.run("verify", "c.coopbundle", "--board", "board.toml").status == 0)
    let text = try String(contentsOf: dir.appendingPathComponent("c.coopbundle"), encoding: .utf8)
    #expect(text.contains("algorithm carpool version 1"))
    #expect(text.contains("epsilonTotal"))
  }

  @Test("an author key is required; a script with errors is not bundled")
  func refusals() throws {
    let dir = try CoopProcess.temporaryDirectory()
    let coop = CoopProcess(directory: dir.path)
    let schemas = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/schemas").path
    let script = CoopProcess.repositoryRoot.appendingPathComponent("Algorithms/mobility/carpool.coop").path
    #expect(try coop.run("keygen", "--role", "board", "--out", "b1").status == 0)
    #expect(try coop.run("bundle", script, "--schemas", schemas, "--key", "b1.key", "--out", "x.coopbundle").status == 2)
    try "algorithm x version 1\n".write(to: dir.appendingPathComponent("bad.coop"), atomically: true, encoding: .utf8)
    #expect(try coop.run("keygen", "--role", "author", "--out", "a").status == 0)
    #expect(try coop.run("bundle", "bad.coop", "--schemas", schemas, "--key", "a.key", "--out", "y.coopbundle").status == 1)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.coopbundle").path))
  }
}
