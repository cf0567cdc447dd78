import CSodium

/// A secret key file (`NAME.key`), written 0600 and refused if group or others can read it.
public struct SecretKeyFile: Sendable {
  /// The role the key was generated for.
  public let role: KeyRole
  /// The secret key.
  public let key: SecretKey
  /// Who holds the key, if recorded.
  public let owner: KeyOwner?

  /// A secret key file's contents.
  public init(role: KeyRole, key: SecretKey, owner: KeyOwner?) {
    self.role = role
    self.key = key
    self.owner = owner
  }

  /// The matching public key file.
  public var publicFile: PublicKeyFile {
    PublicKeyFile(role: role, key: key.publicKey, owner: owner)
  }

  /// Parses the text of a secret key file read from `path`.
  public init(parsing bytes: [UInt8], path: String) throws {
    let record = try KeyFileRecord.parse(bytes, path: path, secret: true)
    guard var seed = Base64.decode(record.keyBase64), seed.count == SecretKey.seedByteCount else {
      throw RecordError(source: path, line: 1, message: "the key is not a base64 32-byte seed")
    }
    defer { sodium_memzero(&seed, seed.count) }
    let key = try SecretKey(seed: seed)
    guard key.id == record.id else { throw KeyFileError.idMismatch(path: path) }
    self.init(role: record.role, key: key, owner: record.owner)
  }

  /// Reads the secret key file at `path`, refusing it if its mode lets group or others in.
  public static func read(_ path: String) throws -> SecretKeyFile {
    var bytes = try SecureFile.readSecret(path)
    defer { sodium_memzero(&bytes, bytes.count) }
    return try SecretKeyFile(parsing: bytes, path: path)
  }

  /// Writes the file to `path` atomically with mode 0600, refusing to replace an existing file.
  public func write(to path: String) throws {
    var bytes = key.withSeed { seed in
      KeyFileRecord(
        role: role, isSecret: true, id: key.id, owner: owner, keyBase64: Base64.encode(seed)
      ).encoded()
    }
    defer { sodium_memzero(&bytes, bytes.count) }
    try SecureFile.write(bytes, to: path, mode: 0o600)
  }

  /// Reads the key at `path` and checks it has one of the `allowed` roles.
  public static func read(_ path: String, roles allowed: [KeyRole]) throws -> SecretKeyFile {
    let file = try read(path)
    guard allowed.contains(file.role) else {
      throw KeyFileError.wrongRole(path: path, have: file.role, want: allowed)
    }
    return file
  }
}
