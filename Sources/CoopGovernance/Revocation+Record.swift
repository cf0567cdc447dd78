import CoopCrypto

extension Revocation {
  /// Appends the revocation record (see `Docs/governance.md`, "Revocations").
  func write(to writer: inout RecordWriter) {
    writer.header("revocation")
    writer.field("bundle", bundleHash.hex)
    writer.field("signer", signer.text)
    writer.field("time", time.text)
    if !reason.isEmpty { writer.field("reason", reason) }
    writer.field("signature", signature.base64)
  }

  /// Reads a revocation record; its signature is checked against the board by the verifier.
  init(reading reader: inout RecordReader) throws {
    try reader.header("revocation")
    let bundleHash = try reader.decode("bundle") { try Digest(hex: $0) }
    let signer = try reader.decode("signer") { try KeyID(text: $0) }
    let time = try reader.timestamp("time")
    let reason = try reader.optionalField("reason") ?? ""
    guard KeyOwner.isSingleLine(reason) else {
      throw reader.error("the reason must be one line without control characters")
    }
    let signature = try reader.decode("signature") { try Signature(base64: $0) }
    self.init(
      bundleHash: bundleHash, signer: signer, time: time, reason: reason, signature: signature)
  }
}
