import CoopCrypto
import CoopGovernance
import Foundation

/// Bundles, their approvals and revocations.
extension HubDatabase {
  /// A stored bundle and when it arrived.
  struct StoredBundle {
    var file: BundleFile
    var submittedAt: Int64
  }

  /// Stores `bundle` (without approvals); `false` if its hash is already stored.
  func insert(_ bundle: ScriptBundle) throws -> Bool {
    try connection.prepare(
      """
      INSERT OR IGNORE INTO bundles (hash, algorithm, version, author, file, submitted_at)
      VALUES (?, ?, ?, ?, ?, ?)
      """
    ).bind(
      .text(bundle.hash.hex), .text(bundle.algorithm), .text(bundle.version),
      .text(bundle.author.id.text), .blob(BundleFile(bundle: bundle).encoded()),
      .integer(Self.now())
    ).run()
    return connection.changes > 0
  }

  /// The bundle with every stored approval, or `nil`.
  func bundle(hash: String) throws -> StoredBundle? {
    let statement = try connection.prepare(
      "SELECT file, submitted_at FROM bundles WHERE hash = ?"
    ).bind(.text(hash))
    guard try statement.step(), let bytes = statement.blob(0) else { return nil }
    let file = try BundleFile(parsing: bytes, source: "hub store")
    return StoredBundle(
      file: BundleFile(bundle: file.bundle, approvals: try approvals(hash: hash)),
      submittedAt: statement.integer(1))
  }

  /// Every stored bundle hash, oldest first.
  func bundleHashes() throws -> [String] {
    let statement = try connection.prepare("SELECT hash FROM bundles ORDER BY submitted_at, hash")
    var hashes: [String] = []
    while try statement.step() { hashes.append(statement.text(0) ?? "") }
    return hashes
  }

  /// Stores `approval`; `false` if this signer already approved the bundle.
  func insert(_ approval: Approval) throws -> Bool {
    let record = String(
      decoding: try JSONEncoder().encode(ApprovalMessage(approval)), as: UTF8.self)
    try connection.prepare(
      "INSERT OR IGNORE INTO approvals (hash, signer, record, added_at) VALUES (?, ?, ?, ?)"
    ).bind(
      .text(approval.bundleHash.hex), .text(approval.signer.text), .text(record),
      .integer(Self.now())
    ).run()
    return connection.changes > 0
  }

  /// Stores `revocation`; `false` if this signer already revoked the bundle.
  func insert(_ revocation: Revocation) throws -> Bool {
    let message = RevocationMessage(revocation)
    let record = String(decoding: try JSONEncoder().encode(message), as: UTF8.self)
    try connection.prepare(
      "INSERT OR IGNORE INTO revocations (hash, signer, record) VALUES (?, ?, ?)"
    ).bind(.text(revocation.bundleHash.hex), .text(revocation.signer.text), .text(record)).run()
    return connection.changes > 0
  }

  /// The approvals of `hash`, in the order they arrived.
  func approvals(hash: String) throws -> [Approval] {
    let digest = try Digest(hex: hash)
    let statement = try connection.prepare(
      "SELECT record FROM approvals WHERE hash = ? ORDER BY added_at, signer"
    ).bind(.text(hash))
    var approvals: [Approval] = []
    while try statement.step() {
      let message = try JSONDecoder().decode(
        ApprovalMessage.self, from: Data((statement.text(0) ?? "").utf8))
      approvals.append(try message.approval(of: digest))
    }
    return approvals
  }

  /// The revocations of `hash`, in the order they arrived.
  func revocations(hash: String) throws -> RevocationList {
    let digest = try Digest(hex: hash)
    let statement = try connection.prepare(
      "SELECT record FROM revocations WHERE hash = ? ORDER BY seq"
    ).bind(.text(hash))
    var list = RevocationList()
    while try statement.step() {
      let message = try JSONDecoder().decode(
        RevocationMessage.self, from: Data((statement.text(0) ?? "").utf8))
      list.append(try message.revocation(of: digest))
    }
    return list
  }
}
