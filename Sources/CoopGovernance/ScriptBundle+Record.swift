import CoopCrypto

extension ScriptBundle {
  /// Appends the bundle record (see `Docs/governance.md`, "Bundle files").
  func write(to writer: inout RecordWriter) {
    writer.header("bundle")
    writer.field("algorithm", algorithm)
    writer.field("version", version)
    writer.field("author", author.id.text)
    writer.field("author-key", author.base64)
    writer.blob("script", Array(script.utf8))
    writer.blob("manifest", manifest)
    writer.field("hash", hash.hex)
    writer.field("signature", signature.base64)
  }

  /// Reads a bundle record, checking its hash and its author's signature.
  init(reading reader: inout RecordReader) throws {
    try reader.header("bundle")
    let algorithm = try reader.field("algorithm")
    let version = try reader.field("version")
    do {
      try Self.validate(algorithm: algorithm, version: version)
    } catch { throw reader.error("\(error)") }
    let authorID = try reader.field("author")
    let author = try reader.decode("author-key") { try PublicKey(base64: $0) }
    guard authorID == author.id.text else {
      throw reader.error("the author id does not match the author key")
    }
    guard let script = String(validating: try reader.blob("script"), as: UTF8.self) else {
      throw reader.error("the script is not valid UTF-8")
    }
    let manifest = try reader.blob("manifest")
    let stored = try reader.field("hash")
    let signature = try reader.decode("signature") { try Signature(base64: $0) }
    let hash = Self.hash(
      algorithm: algorithm, version: version, script: script, manifest: manifest, author: author)
    guard stored == hash.hex else {
      throw VerificationError.hashMismatch(stored: stored, computed: hash.hex)
    }
    guard author.isValidSignature(signature, of: Self.signedBytes(hash)) else {
      throw VerificationError.badAuthorSignature
    }
    self.init(
      algorithm: algorithm, version: version, script: script, manifest: manifest, author: author,
      hash: hash, signature: signature)
  }
}
