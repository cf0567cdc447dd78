import CoopCrypto

/// The keyset edges trust: the board's members and how many must approve a bundle.
public struct Board: Sendable {
  /// The members, in the order of the board file.
  public let members: [BoardMember]
  /// Distinct member approvals a bundle needs.
  public let quorum: Int

  /// A board; the quorum must be in `1...members.count` and no key may appear twice.
  public init(members: [BoardMember], quorum: Int) throws {
    guard !members.isEmpty else { throw BoardError.noMembers }
    guard (1...members.count).contains(quorum) else {
      throw BoardError.quorumOutOfRange(quorum: quorum, members: members.count)
    }
    var seen = Set<KeyID>()
    for member in members where !seen.insert(member.id).inserted {
      throw BoardError.duplicateMember(member.id.text)
    }
    self.members = members
    self.quorum = quorum
  }

  /// The member whose key has id `id`, if any.
  public func member(_ id: KeyID) -> BoardMember? {
    members.first { $0.id == id }
  }

  /// BLAKE2b-256 over the quorum and members under `coop-board-v1`; edges pin it.
  public var fingerprint: Digest {
    var input = SigningInput(domain: "coop-board-v1")
    input.append(String(quorum))
    input.append(String(members.count))
    for member in members {
      input.append(member.owner.name)
      input.append(member.owner.organisation)
      input.append(member.key.bytes)
    }
    return input.digest
  }
}
