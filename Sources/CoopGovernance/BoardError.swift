/// A board that cannot be built or a board file that cannot be read.
public enum BoardError: Error, Equatable, Sendable {
  /// A board needs at least one member.
  case noMembers
  /// The quorum must be between 1 and the number of members.
  case quorumOutOfRange(quorum: Int, members: Int)
  /// The same key is listed twice.
  case duplicateMember(String)
  /// The board file does not follow the format, at `line` of `path`.
  case malformed(path: String, line: Int, message: String)
  /// The `fingerprint` line does not match the members and quorum (the file was edited).
  case fingerprintMismatch(path: String)
}

extension BoardError: CustomStringConvertible {
  /// A one-line explanation, naming the file and line when there is one.
  public var description: String {
    switch self {
    case .noMembers: return "a board needs at least one member"
    case .quorumOutOfRange(let quorum, let members):
      return "quorum \(quorum) is out of range (have: \(members) members, want: 1...\(members))"
    case .duplicateMember(let id): return "member key \(id) is listed more than once"
    case .malformed(let path, let line, let message): return "\(path):\(line): \(message)"
    case .fingerprintMismatch(let path):
      return "\(path): the fingerprint does not match the board's members and quorum "
        + "(the file was edited; regenerate it with 'coop board init')"
    }
  }
}
