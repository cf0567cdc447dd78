import CoopCrypto

/// A `.coopbundle` file: one bundle record followed by the approvals gathered so far.
public struct BundleFile: Sendable {
  /// The signed bundle.
  public let bundle: ScriptBundle
  /// Approvals in the order they were added.
  public private(set) var approvals: [Approval]

  /// A bundle file with `approvals`.
  public init(bundle: ScriptBundle, approvals: [Approval] = []) {
    self.bundle = bundle
    self.approvals = approvals
  }

  /// The file's bytes.
  public func encoded() -> [UInt8] {
    var writer = RecordWriter()
    bundle.write(to: &writer)
    for approval in approvals { approval.write(to: &writer) }
    return writer.bytes
  }

  /// Parses a bundle file, checking the bundle hash, the author's signature and that the text
  /// is in canonical form (any other spelling is refused).
  public init(parsing bytes: [UInt8], source: String) throws {
    var reader = RecordReader(bytes, source: source)
    let bundle = try ScriptBundle(reading: &reader)
    var approvals: [Approval] = []
    while !reader.isAtEnd {
      approvals.append(try Approval(reading: &reader))
    }
    self.init(bundle: bundle, approvals: approvals)
    guard encoded() == bytes else { throw reader.error("the file is not in canonical form") }
  }

  /// Adds `key`'s approval, refusing the author and a second approval by the same key.
  public mutating func approve(
    with key: SecretKey, validFrom: Timestamp, validUntil: Timestamp
  ) throws {
    guard key.publicKey != bundle.author else { throw GovernanceError.authorCannotApprove }
    guard !approvals.contains(where: { $0.signer == key.id }) else {
      throw GovernanceError.alreadyApproved(signer: key.id.text)
    }
    approvals.append(
      try Approval(
        approving: bundle.hash, key: key, validFrom: validFrom, validUntil: validUntil))
  }
}
