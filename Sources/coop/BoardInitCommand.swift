import ArgumentParser
import CoopCrypto
import CoopGovernance

/// `coop board init`: writes `board.toml` from the members' public key files.
struct BoardInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a board file from the members' public keys and a quorum.")

  @Option(name: .customLong("member"), help: "A member's board public key file (repeat).")
  var members: [String] = []

  @Option(help: "How many distinct members must approve a bundle.")
  var quorum: Int

  @Option(help: "The board file to write.")
  var out: String = "board.toml"

  @Flag(help: "Replace an existing board file.")
  var force = false

  func run() throws {
    try CommandFailure.reporting {
      let boardMembers = try members.map(Self.member)
      let board = try Board(members: boardMembers, quorum: quorum)
      try SecureFile.write(board.encoded(), to: out, mode: 0o644, replace: force)
      print("wrote \(out): \(board.members.count) members, quorum \(board.quorum)")
      print("fingerprint \(board.fingerprint.hex)")
      print("edges pin it: coop verify BUNDLE --board \(out) --board-fingerprint FINGERPRINT")
    }
  }

  /// The member of a public key file; the file name stands in for a missing owner name.
  private static func member(_ path: String) throws -> BoardMember {
    let file = try PublicKeyFile.read(path)
    guard file.role == .board else {
      throw KeyFileError.wrongRole(path: path, have: file.role, want: [.board])
    }
    let stem = String(path.split(separator: "/").last ?? "").replacingSuffix(".pub")
    let owner = try file.owner ?? KeyOwner(name: stem, organisation: "")
    return BoardMember(owner: owner, key: file.key)
  }
}

extension String {
  /// The string without `suffix` at its end, if it has it.
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
