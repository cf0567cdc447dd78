import CoopCrypto
import CoopGovernance
import Foundation
import Testing

@Suite("coop keygen, board, approve, verify, revoke, audit")
struct GovernanceCLITests {
  /// Keys a, b, c (board), author; board.toml with quorum 2; x.coopbundle by the author.
  func setUp(_ directory: TemporaryDirectory) throws -> CoopProcess {
    let coop = CoopProcess(directory: directory.path)
    for (name, role) in [("a", "board"), ("b", "board"), ("c", "board"), ("author", "author")] {
      let result = try coop.run(
        "keygen", "--role", role, "--out", name, "--name", name.uppercased())
      #expect(result.status == 0, "\(result.stderr)")
    }
    let board = try coop.run(
      "board", "init", "--member", "a.pub", "--member", "b.pub", "--member", "c.pub",
      "--quorum", "2", "--out", "board.toml")
    #expect(board.status == 0, "\(board.stderr)")
    let author = try SecretKeyFile.read(directory.file("author.key"))
    let bundle = try ScriptBundle(
      algorithm: "mobility.carpool", version: "1", script: "algorithm carpool\n",
      manifest: Array("{\"schema\":1}".utf8), author: author.key)
    try SecureFile.write(
      BundleFile(bundle: bundle).encoded(), to: directory.file("x.coopbundle"), mode: 0o644)
    return coop
  }

  @Test func keygenWritesDocumentedFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try setUp(directory)
    let attributes = try FileManager.default.attributesOfItem(atPath: directory.file("a.key"))
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    let pub = String(decoding: try SecureFile.read(directory.file("a.pub")), as: UTF8.self)
    #expect(pub.hasPrefix("coop-key v1\nkind: board-public\nid: "))
    #expect(pub.contains("\nname: A\n"))
  }

  @Test func quorumOfApprovalsVerifiesAndLessIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    #expect(try coop.run("approve", "x.coopbundle", "--key", "a.key").status == 0)
    let short = try coop.run("verify", "x.coopbundle", "--board", "board.toml")
    #expect(short.status == 1)
    #expect(short.stderr == "coop: refused: quorum not met (have: 1 valid approvals, want: 2)\n")

    let second = try coop.run(
      "approve", "x.coopbundle", "--key", "b.key", "--valid-until", "2099-12-31")
    #expect(second.status == 0, "\(second.stderr)")
    let verified = try coop.run("verify", "x.coopbundle", "--board", "board.toml")
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(verified.stdout.contains("approved by 2 of quorum 2: A, B"))

    let twice = try coop.run("approve", "x.coopbundle", "--key", "a.key")
    #expect(twice.status == 2)
    #expect(twice.stderr.contains("has already approved this bundle"))
  }

  @Test func refusalsHaveTheirOwnMessages() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    try coop.run("approve", "x.coopbundle", "--key", "a.key", "--valid-until", "2099-01-01")
    try coop.run("approve", "x.coopbundle", "--key", "b.key", "--valid-until", "2099-01-01")

    let late = try coop.run("verify", "x.coopbundle", "--board", "board.toml", "--at", "2100-01-01")
    #expect(late.status == 1)
    #expect(late.stderr.contains("expired at 2099-01-01T23:59:59Z"))

    let pinned = try coop.run(
      "verify", "x.coopbundle", "--board", "board.toml", "--board-fingerprint",
      String(
        repeating: "0", count: 64))
    #expect(pinned.status == 1)
    #expect(pinned.stderr.contains("not the pinned one"))

    let authorApproves = try coop.run("approve", "x.coopbundle", "--key", "author.key")
    #expect(authorApproves.status == 2)
    #expect(authorApproves.stderr.contains("role is author; this needs a board key"))
  }

  @Test func approvalByAKeyOffTheBoardIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    try coop.run("keygen", "--role", "board", "--out", "d")
    try coop.run("approve", "x.coopbundle", "--key", "a.key")
    try coop.run("approve", "x.coopbundle", "--key", "d.key")
    let wrongKey = try coop.run("verify", "x.coopbundle", "--board", "board.toml")
    #expect(wrongKey.status == 1)
    #expect(wrongKey.stderr.hasSuffix("is by a key that is not on the board (wrong key)\n"))
  }

  @Test func quorumOfRevocationsIsHonoured() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    try coop.run("approve", "x.coopbundle", "--key", "a.key")
    try coop.run("approve", "x.coopbundle", "--key", "b.key")
    let file = try BundleFile(
      parsing: SecureFile.read(directory.file("x.coopbundle")), source: "x")
    let hash = file.bundle.hash.hex

    let first = try coop.run("revoke", hash, "--key", "c.key", "--reason", "wrong epsilon")
    #expect(first.status == 0, "\(first.stderr)")
    let one = try coop.run(
      "verify", "x.coopbundle", "--board", "board.toml", "--revocations", "revocations")
    #expect(one.status == 0)
    #expect(one.stdout.contains("note: revoked by 1, fewer than the quorum"))

    try coop.run("revoke", hash, "--key", "a.key")
    let revoked = try coop.run(
      "verify", "x.coopbundle", "--board", "board.toml", "--revocations", "revocations")
    #expect(revoked.status == 1)
    #expect(revoked.stderr.contains("the bundle is revoked by"))

    #expect(try coop.run("revoke", "abc", "--key", "a.key").status == 2)
  }

  @Test func auditLogOfApprovalsVerifiesAndNamesTheBrokenEntry() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    try coop.run("approve", "x.coopbundle", "--key", "a.key", "--log", "audit.log")
    try coop.run("approve", "x.coopbundle", "--key", "b.key", "--log", "audit.log")
    let hash = try BundleFile(
      parsing: SecureFile.read(directory.file("x.coopbundle")), source: "x"
    ).bundle.hash.hex
    try coop.run("revoke", hash, "--key", "c.key", "--log", "audit.log")

    let ok = try coop.run("audit", "verify", "audit.log", "--keys-dir", ".")
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.hasPrefix("ok: 3 entries"))

    let missingKey = try coop.run("audit", "verify", "audit.log", "--key", "a.pub")
    #expect(missingKey.status == 1)
    #expect(missingKey.stderr.contains("audit.log:2: no public key given for actor"))

    var text = String(decoding: try SecureFile.read(directory.file("audit.log")), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"kind\":\"revoke\"", with: "\"kind\":\"approve\"")
    try SecureFile.write(
      Array(text.utf8), to: directory.file("audit.log"), mode: 0o644, replace: true)
    let broken = try coop.run("audit", "verify", "audit.log", "--keys-dir", ".")
    #expect(broken.status == 1)
    #expect(
      broken.stderr == "coop: refused: audit.log:3: hash does not match the entry's content\n")
  }

  @Test func readableSecretKeysAndBadUsageExitTwo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let coop = try setUp(directory)
    chmod(directory.file("a.key"), 0o644)
    let insecure = try coop.run("approve", "x.coopbundle", "--key", "a.key")
    #expect(insecure.status == 2)
    #expect(insecure.stderr.contains("a.key: secret key file has mode 644"))

    #expect(try coop.run("keygen", "--role", "king", "--out", "k").status == 2)
    #expect(try coop.run("verify", "missing.coopbundle", "--board", "board.toml").status == 2)
    let overwrite = try coop.run("keygen", "--role", "board", "--out", "a")
    #expect(overwrite.status == 2)
    #expect(overwrite.stderr.contains("already exists"))
  }
}
