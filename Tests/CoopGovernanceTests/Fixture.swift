import CoopCrypto
import CoopGovernance

/// A board of three (quorum 2), an author, and a signed bundle, built fresh for each test.
struct Fixture {
  let author = SecretKey.generate()
  let members = [SecretKey.generate(), SecretKey.generate(), SecretKey.generate()]
  let outsider = SecretKey.generate()
  let board: Board
  let bundle: ScriptBundle
  /// 2026-11-27T10:00:00Z.
  let now = Timestamp(secondsSinceEpoch: 1_795_773_600)

  init(quorum: Int = 2, authorOnBoard: Bool = false) throws {
    let names = ["Alice Payet", "Bruno Hoarau", "Chloé Técher"]
    var boardMembers = try zip(names, members).map { name, key in
      BoardMember(owner: try KeyOwner(name: name, organisation: "CCI Réunion"), key: key.publicKey)
    }
    if authorOnBoard {
      boardMembers.append(
        BoardMember(owner: try KeyOwner(name: "Author", organisation: ""), key: author.publicKey))
    }
    board = try Board(members: boardMembers, quorum: quorum)
    bundle = try ScriptBundle(
      algorithm: "mobility.carpool", version: "1",
      script: "algorithm carpool\nreads commutes\nrelease count by commune\n",
      manifest: Array(#"{"schema":1,"reads":["commutes"],"epsilon":"0.5"}"#.utf8),
      author: author)
  }

  /// An approval by `key` valid from a day before `now` to 30 days after.
  func approval(
    by key: SecretKey, from: Int64 = -86_400, until: Int64 = 30 * 86_400, hash: Digest? = nil
  ) throws -> Approval {
    try Approval(
      approving: hash ?? bundle.hash, key: key, validFrom: now.adding(seconds: from),
      validUntil: now.adding(seconds: until))
  }

  /// The bundle file with approvals by `keys`.
  func file(approvedBy keys: [SecretKey]) throws -> BundleFile {
    BundleFile(bundle: bundle, approvals: try keys.map { try approval(by: $0) })
  }

  /// Verifies `file` against the board at `now`.
  func verify(
    _ file: BundleFile, revocations: RevocationList = RevocationList()
  ) throws -> VerifiedBundle {
    try BundleVerifier(board: board, revocations: revocations).verify(file, at: now)
  }

  /// Revocations of `hash` (default: the bundle's) by `keys`.
  func revocations(by keys: [SecretKey], hash: Digest? = nil) throws -> RevocationList {
    RevocationList(
      try keys.map {
        try Revocation(revoking: hash ?? bundle.hash, key: $0, time: now, reason: "withdrawn")
      })
  }
}
