import CoopCrypto
import Foundation
import Testing

@testable import CoopGovernance

@Suite("Audit log")
struct AuditLogTests {
  let hub = SecretKey.generate()
  let edge = SecretKey.generate()

  /// A log of five entries by the hub and an edge, in a fresh directory.
  func sampleLog(_ directory: TemporaryDirectory) throws -> AuditLog {
    let log = AuditLog(path: directory.file("audit.log"))
    let start = Timestamp(secondsSinceEpoch: 1_795_773_600)
    try log.append(.submit, payload: ["bundle": "ab"], signer: hub, at: start)
    try log.append(.dispatch, payload: ["bundle": "ab", "edge": "e1"], signer: hub, at: start)
    try log.append(.execute, payload: ["bundle": "ab"], signer: edge, at: start)
    try log.append(.budgetDebit, payload: ["epsilon": "0.5", "note": "é\"\n"], signer: edge)
    try log.append(.release, payload: [:], signer: edge)
    return log
  }

  @Test func appendedEntriesVerify() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let entries = try sampleLog(directory).verify(keys: [hub.publicKey, edge.publicKey])
    #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
    #expect(entries[0].previous == AuditEntry.genesis)
    #expect(entries[1].previous == entries[0].hash)
    #expect(entries[3].kind == .budgetDebit)
    #expect(entries[3].payload["note"] == "é\"\n")
  }

  @Test func unknownWriterIsNamed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = try sampleLog(directory)
    #expect(
      throws: AuditError.broken(path: log.path, line: 3, reason: .unknownActor(edge.id))
    ) { try log.verify(keys: [hub.publicKey]) }
  }

  @Test func everyChangedByteNamesItsEntry() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = try SecureFile.read(sampleLog(directory).path)
    let verifier = AuditLogVerifier(keys: [hub.publicKey, edge.publicKey])
    for variant in tamperedVariants(of: bytes) {
      let line = bytes[..<variant.index].count { $0 == UInt8(ascii: "\n") } + 1
      #expect("byte \(variant.index)") {
        try verifier.verify(variant.bytes, path: "audit.log")
      } throws: { error in
        guard case AuditError.broken(_, let reported, _) = error else { return false }
        return reported == line
      }
    }
  }

  @Test func droppedEntryBreaksTheChain() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let text = String(decoding: try SecureFile.read(sampleLog(directory).path), as: UTF8.self)
    var lines = text.split(separator: "\n").map(String.init)
    lines.remove(at: 1)
    let verifier = AuditLogVerifier(keys: [hub.publicKey, edge.publicKey])
    #expect(throws: AuditError.broken(path: "l", line: 2, reason: .wrongSequence(have: 3, want: 2)))
    {
      try verifier.verify(Array((lines.joined(separator: "\n") + "\n").utf8), path: "l")
    }
  }

  @Test func tornLastLineIsRefusedByAppend() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let log = try sampleLog(directory)
    let handle = try #require(FileHandle(forWritingAtPath: log.path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"seq\":6".utf8))
    try handle.close()
    #expect(throws: AuditError.broken(path: log.path, line: 6, reason: .incomplete)) {
      try log.append(.refuse, payload: [:], signer: hub)
    }
  }
}
