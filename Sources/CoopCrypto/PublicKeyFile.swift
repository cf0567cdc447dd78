/// A public key file (`NAME.pub`): a key, its role and, optionally, its owner.
public struct PublicKeyFile: Sendable {
  /// The role the key was generated for.
  public let role: KeyRole
  /// The public key.
  public let key: PublicKey
  /// Who holds the matching secret key, if recorded.
  public let owner: KeyOwner?

  /// A public key file's contents.
  public init(role: KeyRole, key: PublicKey, owner: KeyOwner?) {
    self.role = role
    self.key = key
    self.owner = owner
  }

  /// The file text (see `Docs/governance.md`, "Key files").
  public func encoded() -> [UInt8] {
    KeyFileRecord(
      role: role, isSecret: false, id: key.id, owner: owner, keyBase64: key.base64
    ).encoded()
  }

  /// Parses the text of a public key file read from `path`.
  public init(parsing bytes: [UInt8], path: String) throws {
    let record = try KeyFileRecord.parse(bytes, path: path, secret: false)
    guard let key = try? PublicKey(base64: record.keyBase64) else {
      throw RecordError(source: path, line: 1, message: "the key is not a base64 public key")
    }
    guard key.id == record.id else { throw KeyFileError.idMismatch(path: path) }
    self.init(role: record.role, key: key, owner: record.owner)
  }

  /// Reads the public key file at `path`.
  public static func read(_ path: String) throws -> PublicKeyFile {
    try PublicKeyFile(parsing: SecureFile.read(path), path: path)
  }

  /// Writes the file to `path` (mode 0644), refusing to replace an existing file.
  public func write(to path: String) throws {
    try SecureFile.write(encoded(), to: path, mode: 0o644)
  }
}
