import CoopCrypto
import Testing

@testable import CoopGovernance

@Suite("Tampering: every changed byte is refused")
struct TamperTests {
  /// Parses all three files and verifies, as an edge does.
  func verify(bundle: [UInt8], board: [UInt8], revocations: [UInt8], fixture: Fixture) throws {
    let board = try Board(parsing: board, path: "board.toml")
    let list = try RevocationList(parsing: revocations, source: "revocations")
    let file = try BundleFile(parsing: bundle, source: "x.coopbundle")
    _ = try BundleVerifier(board: board, revocations: list).verify(file, at: fixture.now)
  }

  struct Sample {
    let fixture: Fixture
    let bundle: [UInt8]
    let board: [UInt8]
    let revocations: [UInt8]

    init() throws {
      fixture = try Fixture()
      bundle = try fixture.file(approvedBy: Array(fixture.members.prefix(2))).encoded()
      board = fixture.board.encoded()
      // A quorum of revocations of another bundle: valid, and irrelevant to this one.
      revocations = try fixture.revocations(
        by: Array(fixture.members.prefix(2)), hash: Digest(hashing: [42])
      ).encoded()
    }
  }

  @Test func untouchedSampleVerifies() throws {
    let sample = try Sample()
    try verify(
      bundle: sample.bundle, board: sample.board, revocations: sample.revocations,
      fixture: sample.fixture)
  }

  /// The bundle file (with its two approvals), the board file and the revocations file.
  @Test(arguments: ["bundle", "board", "revocations"])
  func everyChangedByteIsRefused(file: String) throws {
    let sample = try Sample()
    var files = ["bundle": sample.bundle, "board": sample.board, "revocations": sample.revocations]
    let original = try #require(files[file])
    let variants = tamperedVariants(of: original)
    #expect(variants.count == original.count * 4)
    for variant in variants {
      files[file] = variant.bytes
      #expect(throws: (any Error).self, "\(file) byte \(variant.index)") {
        try verify(
          bundle: files["bundle"] ?? [], board: files["board"] ?? [],
          revocations: files["revocations"] ?? [], fixture: sample.fixture)
      }
    }
  }

  @Test func anApprovalRelabelledToAnotherMemberHasABadSignature() throws {
    let sample = try Sample()
    let members = sample.fixture.members
    let text = String(decoding: sample.bundle, as: UTF8.self).replacingOccurrences(
      of: "signer: \(members[0].id)", with: "signer: \(members[2].id)")
    let file = try BundleFile(parsing: Array(text.utf8), source: "x")
    #expect(throws: VerificationError.badSignature(signer: members[2].id)) {
      try sample.fixture.verify(file)
    }
  }
}
