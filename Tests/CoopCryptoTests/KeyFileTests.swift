import CoopCrypto
import Foundation
import Testing

@Suite("Key files")
struct KeyFileTests {
  @Test func secretAndPublicFilesRoundTrip() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let owner = try KeyOwner(name: "Alice Payet", organisation: "CCI Réunion")
    let file = SecretKeyFile(role: .board, key: .generate(), owner: owner)
    try file.write(to: directory.file("a.key"))
    try file.publicFile.write(to: directory.file("a.pub"))

    let secret = try SecretKeyFile.read(directory.file("a.key"))
    let pub = try PublicKeyFile.read(directory.file("a.pub"))
    #expect(secret.key.publicKey == file.key.publicKey)
    #expect(pub.key == file.key.publicKey)
    #expect(pub.owner == owner)
    #expect(secret.role == .board)
  }

  @Test func secretFilesAreWritten0600() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try SecretKeyFile(role: .edge, key: .generate(), owner: nil).write(to: directory.file("e.key"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: directory.file("e.key"))[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func readableSecretFilesAreRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("h.key")
    try SecretKeyFile(role: .hub, key: .generate(), owner: nil).write(to: path)
    chmod(path, 0o640)
    #expect(throws: FileError.insecurePermissions(path: path, mode: 0o640)) {
      try SecretKeyFile.read(path)
    }
    #expect(
      "\(FileError.insecurePermissions(path: path, mode: 0o640))".contains("mode 640"))
  }

  @Test func existingFilesAreNotReplaced() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("x.key")
    try SecretKeyFile(role: .author, key: .generate(), owner: nil).write(to: path)
    #expect(throws: FileError.exists(path: path)) {
      try SecretKeyFile(role: .author, key: .generate(), owner: nil).write(to: path)
    }
  }

  @Test func publicFileTextIsDocumentedFormat() throws {
    let key = SecretKey.generate().publicKey
    let text = String(
      decoding: PublicKeyFile(role: .hub, key: key, owner: nil).encoded(), as: UTF8.self)
    #expect(text == "coop-key v1\nkind: hub-public\nid: \(key.id)\nkey: \(key.base64)\n")
  }

  @Test func aPublicFileIsNotASecretFile() throws {
    let key = SecretKey.generate().publicKey
    let bytes = PublicKeyFile(role: .hub, key: key, owner: nil).encoded()
    #expect(throws: KeyFileError.self) { try SecretKeyFile(parsing: bytes, path: "h.pub") }
  }

  @Test func everyChangedByteOfAPublicFileIsRefusedOrChangesNothingSigned() throws {
    let key = SecretKey.generate().publicKey
    let owner = try KeyOwner(name: "Hub", organisation: "Coop")
    let bytes = PublicKeyFile(role: .hub, key: key, owner: owner).encoded()
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0x01
      let parsed = try? PublicKeyFile(parsing: changed, path: "h.pub")
      // Only the owner's name may change without error; the key never can.
      #expect(parsed == nil || (parsed?.key == key && parsed?.owner != owner))
    }
  }
}
