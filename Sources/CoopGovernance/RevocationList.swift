import CoopCrypto

/// A revocations file: revocation records one after another, as `coop revoke` appends them.
public struct RevocationList: Sendable {
  /// The revocations in file order.
  public private(set) var revocations: [Revocation]

  /// A list of `revocations`.
  public init(_ revocations: [Revocation] = []) {
    self.revocations = revocations
  }

  /// Adds a revocation at the end.
  public mutating func append(_ revocation: Revocation) {
    revocations.append(revocation)
  }

  /// The file's bytes.
  public func encoded() -> [UInt8] {
    var writer = RecordWriter()
    for revocation in revocations { revocation.write(to: &writer) }
    return writer.bytes
  }

  /// Parses a revocations file, in canonical form only.
  public init(parsing bytes: [UInt8], source: String) throws {
    var reader = RecordReader(bytes, source: source)
    var revocations: [Revocation] = []
    while !reader.isAtEnd {
      revocations.append(try Revocation(reading: &reader))
    }
    self.init(revocations)
    guard encoded() == bytes else { throw reader.error("the file is not in canonical form") }
  }

  /// The distinct board members who revoked `hash`. Every revocation in the list must be a
  /// valid one by a board member: a forged or foreign entry refuses the whole list.
  public func revokers(of hash: Digest, board: Board) throws -> [KeyID] {
    var revokers: [KeyID] = []
    for (index, revocation) in revocations.enumerated() {
      guard let member = board.member(revocation.signer) else {
        throw VerificationError.invalidRevocation(
          index: index, reason: "\(revocation.signer) is not a board member")
      }
      guard revocation.isSigned(by: member.key) else {
        throw VerificationError.invalidRevocation(index: index, reason: "bad signature")
      }
      if revocation.bundleHash == hash && !revokers.contains(member.id) {
        revokers.append(member.id)
      }
    }
    return revokers
  }
}
