import CoopCrypto

/// An append-only audit log file: one JSON entry per line, each chained to the one before and
/// signed by its writer (see `Docs/governance.md`, "Audit log").
public struct AuditLog: Sendable {
  /// The log file.
  public let path: String

  /// The log at `path`; the file is created by the first append.
  public init(path: String) {
    self.path = path
  }

  /// Appends an entry signed by `signer`, chained to the current last entry. The file is locked
  /// for the duration, written with `O_APPEND` and flushed with `fsync`.
  @discardableResult
  public func append(
    _ kind: AuditKind, payload: [String: String], signer: SecretKey,
    at time: Timestamp = .now()
  ) throws -> AuditEntry {
    var appended: AuditEntry? = nil
    try SecureFile.append(to: path) { contents in
      let last = try lastEntry(of: contents)
      let entry = AuditEntry(
        seq: (last?.seq ?? 0) + 1, time: time, kind: kind, payload: payload,
        previous: last?.hash ?? AuditEntry.genesis, signer: signer)
      appended = entry
      return Array((entry.jsonLine + "\n").utf8)
    }
    guard let appended else { throw AuditError.broken(path: path, line: 1, reason: .incomplete) }
    return appended
  }

  /// Reads and verifies the whole log against the writers' `keys`.
  public func verify(keys: [PublicKey]) throws -> [AuditEntry] {
    try AuditLogVerifier(keys: keys).verify(SecureFile.read(path), path: path)
  }

  /// The last entry of `contents`, refusing to chain onto a torn last line.
  private func lastEntry(of contents: [UInt8]) throws -> AuditEntry? {
    guard !contents.isEmpty else { return nil }
    let lines = contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard contents.last == UInt8(ascii: "\n") else {
      throw AuditError.broken(path: path, line: lines.count, reason: .incomplete)
    }
    do {
      return try AuditEntry(jsonLine: Array(lines[lines.count - 2]))
    } catch let reason as AuditBreak {
      throw AuditError.broken(path: path, line: lines.count - 1, reason: reason)
    }
  }
}
