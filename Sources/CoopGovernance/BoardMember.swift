import CoopCrypto

/// A member of the governance board: who they are and the key their approvals are checked with.
public struct BoardMember: Hashable, Sendable {
  /// The member's name and organisation.
  public let owner: KeyOwner
  /// The member's Ed25519 public key.
  public let key: PublicKey

  /// A member holding the secret key of `key`.
  public init(owner: KeyOwner, key: PublicKey) {
    self.owner = owner
    self.key = key
  }

  /// The member's key id.
  public var id: KeyID { key.id }
}
