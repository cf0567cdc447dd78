import CoopCrypto
import Testing

@testable import CoopGovernance

@Suite("Board file")
struct BoardFileTests {
  func parse(_ text: String) throws -> Board {
    try Board(parsing: Array(text.utf8), path: "board.toml")
  }

  @Test func roundTripsAndKeepsNames() throws {
    let fixture = try Fixture()
    let board = try Board(parsing: fixture.board.encoded(), path: "board.toml")
    #expect(board.quorum == 2)
    #expect(board.members == fixture.board.members)
    #expect(board.members[2].owner.name == "Chloé Técher")
    #expect(board.fingerprint == fixture.board.fingerprint)
  }

  @Test func fileLooksAsDocumented() throws {
    let fixture = try Fixture()
    let text = String(decoding: fixture.board.encoded(), as: UTF8.self)
    #expect(text.hasPrefix("# Coop board keyset"))
    #expect(text.contains("fingerprint = \"\(fixture.board.fingerprint.hex)\"\nquorum = 2\n"))
    #expect(text.contains("\n[[member]]\nname = \"Alice Payet\"\norganisation = \"CCI Réunion\"\n"))
  }

  @Test func quorumAndMembersAreChecked() throws {
    let key = SecretKey.generate().publicKey
    let member = BoardMember(owner: try KeyOwner(name: "A", organisation: ""), key: key)
    #expect(throws: BoardError.quorumOutOfRange(quorum: 2, members: 1)) {
      try Board(members: [member], quorum: 2)
    }
    #expect(throws: BoardError.quorumOutOfRange(quorum: 0, members: 1)) {
      try Board(members: [member], quorum: 0)
    }
    #expect(throws: BoardError.duplicateMember(key.id.text)) {
      try Board(members: [member, member], quorum: 1)
    }
    #expect(throws: BoardError.noMembers) { try Board(members: [], quorum: 1) }
  }

  @Test func editedQuorumBreaksTheFingerprint() throws {
    let fixture = try Fixture()
    let text = String(decoding: fixture.board.encoded(), as: UTF8.self)
      .replacingOccurrences(of: "quorum = 2", with: "quorum = 1")
    #expect(throws: BoardError.fingerprintMismatch(path: "board.toml")) { try parse(text) }
  }

  @Test(arguments: [
    ("quorum = 1\nquorum = 2\n", 2, "duplicate key 'quorum'"),
    ("fingerprint = \"x\"\nquorum = 1\ncolour = \"red\"\n", 3, "unknown key 'colour'"),
    ("fingerprint = \"abc\n", 1, "unterminated string"),
    ("quorum\n", 1, "expected key = value"),
    ("quorum = \"two\"\nfingerprint = \"x\"\n", 1, "'quorum' must be an integer"),
    ("fingerprint = \"x\"\nquorum = 1\n\n[[member]]\nname = \"A\"\n", 4, "missing key 'id'"),
  ])
  func errorsNameTheLine(text: String, line: Int, message: String) throws {
    #expect(throws: BoardError.malformed(path: "board.toml", line: line, message: message)) {
      try parse(text)
    }
  }

  @Test func parserHandlesStringsAndComments() throws {
    let document = try TOMLParser(path: "t").parse(
      "a = \"x\\\"y\\u00e9\" # note\n\n[[member]]\nb = -12\n")
    #expect(document.root.entries["a"]?.value == .string("x\"yé"))
    #expect(document.arrays["member"]?.first?.entries["b"]?.value == .integer(-12))
    #expect(throws: BoardError.self) { try TOMLParser(path: "t").parse("a = 012\n") }
    #expect(throws: BoardError.self) { try TOMLParser(path: "t").parse("[board]\n") }
    #expect(throws: BoardError.self) { try TOMLParser(path: "t").parse("a = \"x\" y\n") }
  }
}
