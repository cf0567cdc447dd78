import CoopCrypto
import Testing

@testable import CoopGovernance

@Suite("Bundles")
struct BundleTests {
  @Test func fileRoundTripsWithApprovals() throws {
    let fixture = try Fixture()
    let file = try fixture.file(approvedBy: Array(fixture.members.prefix(2)))
    let parsed = try BundleFile(parsing: file.encoded(), source: "x.coopbundle")
    #expect(parsed.bundle.hash == fixture.bundle.hash)
    #expect(parsed.bundle.script == fixture.bundle.script)
    #expect(parsed.bundle.manifest == fixture.bundle.manifest)
    #expect(parsed.approvals == file.approvals)
  }

  @Test func hashIsDeterministicAndBindsEveryField() throws {
    let author = SecretKey.generate()
    func hash(_ algorithm: String, _ version: String, _ script: String, _ manifest: String)
      throws -> Digest
    {
      try ScriptBundle(
        algorithm: algorithm, version: version, script: script, manifest: Array(manifest.utf8),
        author: author
      ).hash
    }
    let base = try hash("a", "1", "ab", "c")
    #expect(try hash("a", "1", "ab", "c") == base)
    // Bytes moved across a field boundary change the hash (length prefixes).
    #expect(try hash("a", "1", "a", "bc") != base)
    #expect(try hash("a", "1a", "b", "c") != base)
    #expect(try hash("a", "2", "ab", "c") != base)
  }

  @Test func hashIsTheDocumentedEncoding() throws {
    let author = SecretKey.generate()
    let bundle = try ScriptBundle(
      algorithm: "a", version: "1", script: "s", manifest: [0x7b, 0x7d], author: author)
    func field(_ bytes: [UInt8]) -> [UInt8] {
      [0, 0, 0, 0, 0, 0, 0, UInt8(bytes.count)] + bytes
    }
    let input =
      field(Array("coop-bundle-v1".utf8)) + field(Array("a".utf8)) + field(Array("1".utf8))
      + field(author.publicKey.bytes) + field(Array("s".utf8)) + field([0x7b, 0x7d])
    #expect(bundle.hash == Digest(hashing: input))
  }

  @Test func badIdentifiersAreRefused() throws {
    #expect(throws: GovernanceError.invalidIdentifier(field: "algorithm", value: "Car Pool")) {
      try ScriptBundle(
        algorithm: "Car Pool", version: "1", script: "", manifest: [], author: .generate())
    }
  }

  @Test func changedContentIsAHashMismatch() throws {
    let fixture = try Fixture()
    var text = String(decoding: BundleFile(bundle: fixture.bundle).encoded(), as: UTF8.self)
    text = text.replacingOccurrences(of: "count by commune", with: "count by company")
    #expect {
      try BundleFile(parsing: Array(text.utf8), source: "x")
    } throws: { error in
      guard case VerificationError.hashMismatch = error else { return false }
      return true
    }
  }

  @Test func anotherAuthorsSignatureIsRefused() throws {
    let fixture = try Fixture()
    let other = try ScriptBundle(
      algorithm: "mobility.carpool", version: "1", script: fixture.bundle.script,
      manifest: fixture.bundle.manifest, author: fixture.outsider)
    var text = String(decoding: BundleFile(bundle: fixture.bundle).encoded(), as: UTF8.self)
    text = text.replacingOccurrences(
      of: fixture.bundle.signature.base64, with: other.signature.base64)
    #expect(throws: VerificationError.badAuthorSignature) {
      try BundleFile(parsing: Array(text.utf8), source: "x")
    }
  }

  @Test func approveRefusesTheAuthorAndASecondApproval() throws {
    let fixture = try Fixture()
    var file = BundleFile(bundle: fixture.bundle)
    let until = fixture.now.adding(seconds: 86_400)
    #expect(throws: GovernanceError.authorCannotApprove) {
      try file.approve(with: fixture.author, validFrom: fixture.now, validUntil: until)
    }
    try file.approve(with: fixture.members[0], validFrom: fixture.now, validUntil: until)
    #expect(throws: GovernanceError.alreadyApproved(signer: fixture.members[0].id.text)) {
      try file.approve(with: fixture.members[0], validFrom: fixture.now, validUntil: until)
    }
    #expect(throws: GovernanceError.self) {
      try file.approve(with: fixture.members[1], validFrom: until, validUntil: fixture.now)
    }
  }
}
