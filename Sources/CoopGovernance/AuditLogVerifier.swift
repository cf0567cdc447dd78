import CoopCrypto

/// Checks an audit log from its first entry: canonical lines, consecutive sequence numbers, an
/// unbroken hash chain, matching hashes and valid signatures by known keys.
public struct AuditLogVerifier: Sendable {
  /// The public keys of the log's writers, by id.
  public let keys: [KeyID: PublicKey]

  /// A verifier that trusts `keys` as writers.
  public init(keys: [PublicKey]) {
    self.keys = Dictionary(keys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The entries of the log, or `AuditError.broken` naming the first broken one.
  public func verify(_ bytes: [UInt8], path: String) throws -> [AuditEntry] {
    var entries: [AuditEntry] = []
    var start = 0
    while start < bytes.count {
      let line = entries.count + 1
      guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
        throw AuditError.broken(path: path, line: line, reason: .incomplete)
      }
      do {
        let entry = try AuditEntry(jsonLine: Array(bytes[start..<end]))
        try check(entry, after: entries.last)
        entries.append(entry)
      } catch let reason as AuditBreak {
        throw AuditError.broken(path: path, line: line, reason: reason)
      }
      start = end + 1
    }
    return entries
  }

  private func check(_ entry: AuditEntry, after previous: AuditEntry?) throws {
    let want = (previous?.seq ?? 0) + 1
    guard entry.seq == want else { throw AuditBreak.wrongSequence(have: entry.seq, want: want) }
    guard entry.previous == (previous?.hash ?? AuditEntry.genesis) else {
      throw AuditBreak.brokenChain
    }
    let hash = AuditEntry.hash(
      seq: entry.seq, time: entry.time, kind: entry.kind, actor: entry.actor,
      payload: entry.payload, previous: entry.previous)
    guard hash == entry.hash else { throw AuditBreak.hashMismatch }
    guard let key = keys[entry.actor] else { throw AuditBreak.unknownActor(entry.actor) }
    guard key.isValidSignature(entry.signature, of: AuditEntry.signedBytes(hash)) else {
      throw AuditBreak.badSignature(entry.actor)
    }
  }
}
