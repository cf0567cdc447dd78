import CoopCrypto

/// One entry of a hash-chained audit log, signed by the key that wrote it.
public struct AuditEntry: Sendable, Equatable {
  /// Position in the log, from 1.
  public let seq: Int
  /// When it was written.
  public let time: Timestamp
  /// What it records.
  public let kind: AuditKind
  /// The id of the key that wrote and signed it.
  public let actor: KeyID
  /// Details (bundle hash, edge id, amounts…) as text, by name.
  public let payload: [String: String]
  /// The previous entry's hash (32 zero bytes for the first entry).
  public let previous: Digest
  /// BLAKE2b-256 over all of the above under `coop-audit-v1`.
  public let hash: Digest
  /// The actor's signature over the hash.
  public let signature: Signature

  /// The `previous` of a log's first entry.
  public static let genesis = Digest.zero

  /// Writes and signs the entry following `previous` (number `seq`).
  public init(
    seq: Int, time: Timestamp, kind: AuditKind, payload: [String: String], previous: Digest,
    signer: SecretKey
  ) {
    let hash = Self.hash(
      seq: seq, time: time, kind: kind, actor: signer.id, payload: payload, previous: previous)
    self.init(
      seq: seq, time: time, kind: kind, actor: signer.id, payload: payload, previous: previous,
      hash: hash, signature: signer.sign(Self.signedBytes(hash)))
  }

  init(
    seq: Int, time: Timestamp, kind: AuditKind, actor: KeyID, payload: [String: String],
    previous: Digest, hash: Digest, signature: Signature
  ) {
    self.seq = seq
    self.time = time
    self.kind = kind
    self.actor = actor
    self.payload = payload
    self.previous = previous
    self.hash = hash
    self.signature = signature
  }

  /// Payload names in byte order, the order of both the hash input and the JSON line.
  static func sortedKeys(_ payload: [String: String]) -> [String] {
    payload.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  static func hash(
    seq: Int, time: Timestamp, kind: AuditKind, actor: KeyID, payload: [String: String],
    previous: Digest
  ) -> Digest {
    var input = SigningInput(domain: "coop-audit-v1")
    input.append(String(seq))
    input.append(time.text)
    input.append(kind.rawValue)
    input.append(actor.text)
    let keys = sortedKeys(payload)
    input.append(String(keys.count))
    for key in keys {
      input.append(key)
      input.append(payload[key] ?? "")
    }
    input.append(previous.bytes)
    return input.digest
  }

  static func signedBytes(_ hash: Digest) -> [UInt8] {
    var input = SigningInput(domain: "coop-audit-entry-v1")
    input.append(hash.bytes)
    return input.bytes
  }
}
