/// A key file that parses but cannot be used as asked.
public enum KeyFileError: Error, Equatable, Sendable {
  /// The file holds another kind of key (for instance a public key where a secret is needed).
  case wrongKind(path: String, have: String, want: String)
  /// The `id:` line does not name the key the file holds.
  case idMismatch(path: String)
  /// The key has a role that cannot do what was asked.
  case wrongRole(path: String, have: KeyRole, want: [KeyRole])
}

extension KeyFileError: CustomStringConvertible {
  /// A one-line explanation naming the file.
  public var description: String {
    switch self {
    case .wrongKind(let path, let have, let want):
      return "\(path): holds a key of kind '\(have)', not '\(want)'"
    case .idMismatch(let path):
      return "\(path): the id line does not match the key (file damaged or edited)"
    case .wrongRole(let path, let have, let want):
      let wanted = want.map(\.rawValue).joined(separator: " or ")
      return "\(path): this key's role is \(have.rawValue); this needs a \(wanted) key"
    }
  }
}
