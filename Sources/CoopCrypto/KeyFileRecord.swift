/// The text of a key file, shared by public and secret key files:
///
/// ```
/// coop-key v1
/// kind: board-public          (ROLE-public or ROLE-secret)
/// id: 3f9a0c1d2e4b5a69        (KeyID of the public key)
/// name: Alice Payet           (optional)
/// organisation: CCI Réunion   (optional, only after name)
/// key: BASE64                 (public: the 32-byte key; secret: the 32-byte seed)
/// ```
struct KeyFileRecord {
  var role: KeyRole
  var isSecret: Bool
  var id: KeyID
  var owner: KeyOwner?
  var keyBase64: String

  var kind: String { "\(role.rawValue)-\(isSecret ? "secret" : "public")" }

  func encoded() -> [UInt8] {
    var writer = RecordWriter()
    writer.header("key")
    writer.field("kind", kind)
    writer.field("id", id.text)
    if let owner {
      writer.field("name", owner.name)
      if !owner.organisation.isEmpty { writer.field("organisation", owner.organisation) }
    }
    writer.field("key", keyBase64)
    return writer.bytes
  }

  /// Parses `bytes`, which must be a key file of the wanted secrecy, in canonical form.
  static func parse(_ bytes: [UInt8], path: String, secret: Bool) throws -> KeyFileRecord {
    var reader = RecordReader(bytes, source: path)
    try reader.header("key")
    let kind = try reader.field("kind")
    let wantSuffix = secret ? "-secret" : "-public"
    guard kind.hasSuffix(wantSuffix),
      let role = KeyRole(rawValue: String(kind.dropLast(wantSuffix.count)))
    else {
      throw KeyFileError.wrongKind(path: path, have: kind, want: "ROLE\(wantSuffix)")
    }
    guard let id = try? KeyID(text: reader.field("id")) else {
      throw reader.error("the id must be 16 lowercase hexadecimal characters")
    }
    var owner: KeyOwner? = nil
    if let name = try reader.optionalField("name") {
      let organisation = try reader.optionalField("organisation") ?? ""
      owner = try KeyOwner(name: name, organisation: organisation)
    }
    let record = KeyFileRecord(
      role: role, isSecret: secret, id: id, owner: owner, keyBase64: try reader.field("key"))
    guard reader.isAtEnd, record.encoded() == bytes else {
      throw reader.error("unexpected text after the key, or not in canonical form")
    }
    return record
  }
}
