import CoopCrypto

/// Why an audit log entry breaks the log.
public enum AuditBreak: Error, Equatable, Sendable {
  /// The line is not a well-formed entry.
  case malformed(String)
  /// The line is an entry written in another spelling than the canonical one.
  case notCanonical
  /// The line does not end with a newline (a torn or truncated write).
  case incomplete
  /// The entry's number is not the next one.
  case wrongSequence(have: Int, want: Int)
  /// The entry does not point at the previous entry's hash.
  case brokenChain
  /// The entry's hash does not match its content.
  case hashMismatch
  /// No key was given for the entry's actor.
  case unknownActor(KeyID)
  /// The actor's signature over the hash is not valid.
  case badSignature(KeyID)
}

extension AuditBreak: CustomStringConvertible {
  /// A one-line, lowercase explanation.
  public var description: String {
    switch self {
    case .malformed(let what): return "malformed entry: \(what)"
    case .notCanonical: return "entry is not in canonical form"
    case .incomplete: return "incomplete entry (no newline at the end)"
    case .wrongSequence(let have, let want):
      return "wrong sequence number (have: \(have), want: \(want))"
    case .brokenChain: return "prev does not match the previous entry's hash"
    case .hashMismatch: return "hash does not match the entry's content"
    case .unknownActor(let id): return "no public key given for actor \(id)"
    case .badSignature(let id): return "signature by \(id) is not valid"
    }
  }
}
