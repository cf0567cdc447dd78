import CoopCrypto

extension Board {
  /// The comment at the top of every board file.
  static let fileComment = """
    # Coop board keyset, written by 'coop board init'. Edges pin its fingerprint:
    # any edit, even of spacing or comments, makes the file invalid.
    """

  /// The board file text (`board.toml`, see `Docs/governance.md`, "Board file").
  public func encoded() -> [UInt8] {
    var lines = [Self.fileComment]
    lines.append("fingerprint = \(QuotedString.quote(fingerprint.hex))")
    lines.append("quorum = \(quorum)")
    for member in members {
      lines.append("")
      lines.append("[[member]]")
      lines.append("name = \(QuotedString.quote(member.owner.name))")
      lines.append("organisation = \(QuotedString.quote(member.owner.organisation))")
      lines.append("id = \(QuotedString.quote(member.id.text))")
      lines.append("key = \(QuotedString.quote(member.key.base64))")
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// Parses a board file read from `path`: its fields, then its fingerprint, then its exact
  /// canonical spelling.
  public init(parsing bytes: [UInt8], path: String) throws {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw BoardError.malformed(path: path, line: 1, message: "the file is not valid UTF-8")
    }
    let document = try TOMLParser(path: path).parse(text)
    var fields = BoardFields(path: path)
    let root = try fields.read(document.root, keys: ["fingerprint", "quorum"])
    guard Set(document.arrays.keys).isSubset(of: ["member"]) else {
      throw BoardError.malformed(path: path, line: 1, message: "only [[member]] tables belong here")
    }
    var members: [BoardMember] = []
    for table in document.arrays["member", default: []] {
      members.append(try fields.member(table))
    }
    let quorum = try fields.integer(root, "quorum")
    try self.init(members: members, quorum: quorum)
    guard try fields.string(root, "fingerprint") == fingerprint.hex else {
      throw BoardError.fingerprintMismatch(path: path)
    }
    guard encoded() == bytes else {
      throw BoardError.malformed(
        path: path, line: 1,
        message: "the file is not in canonical form (regenerate it with 'coop board init')")
    }
  }

  /// Reads the board file at `path`.
  public static func read(_ path: String) throws -> Board {
    try Board(parsing: SecureFile.read(path), path: path)
  }
}
