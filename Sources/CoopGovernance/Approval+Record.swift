import CoopCrypto

extension Approval {
  /// Appends the approval record (see `Docs/governance.md`, "Approvals").
  func write(to writer: inout RecordWriter) {
    writer.header("approval")
    writer.field("bundle", bundleHash.hex)
    writer.field("signer", signer.text)
    writer.field("valid-from", validFrom.text)
    writer.field("valid-until", validUntil.text)
    writer.field("signature", signature.base64)
  }

  /// Reads an approval record; its signature is checked against the board by the verifier.
  init(reading reader: inout RecordReader) throws {
    try reader.header("approval")
    self.init(
      bundleHash: try reader.decode("bundle") { try Digest(hex: $0) },
      signer: try reader.decode("signer") { try KeyID(text: $0) },
      validFrom: try reader.timestamp("valid-from"),
      validUntil: try reader.timestamp("valid-until"),
      signature: try reader.decode("signature") { try Signature(base64: $0) })
  }
}
