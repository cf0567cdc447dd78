/// A request the governance tools refuse before anything is signed or written.
public enum GovernanceError: Error, Equatable, Sendable {
  /// An algorithm id or version outside `a-z 0-9 . _ -` (1 to 64 characters).
  case invalidIdentifier(field: String, value: String)
  /// The script is not valid UTF-8 text.
  case scriptNotUTF8
  /// An approval window that ends before it starts.
  case emptyWindow(validFrom: Timestamp, validUntil: Timestamp)
  /// The signer already approved this bundle.
  case alreadyApproved(signer: String)
  /// The signer wrote the bundle; their approval would never count.
  case authorCannotApprove
  /// A revocation reason that is not one line.
  case invalidReason
}

extension GovernanceError: CustomStringConvertible {
  /// A one-line, lowercase explanation.
  public var description: String {
    switch self {
    case .invalidIdentifier(let field, let value):
      return "\(field) '\(value)' must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-'"
    case .scriptNotUTF8: return "the script is not valid UTF-8 text"
    case .emptyWindow(let from, let until):
      return "the approval window is empty (valid from \(from), until \(until))"
    case .alreadyApproved(let signer): return "\(signer) has already approved this bundle"
    case .authorCannotApprove:
      return "this key wrote the bundle; an author's approval never counts"
    case .invalidReason: return "the reason must be one line without control characters"
    }
  }
}
