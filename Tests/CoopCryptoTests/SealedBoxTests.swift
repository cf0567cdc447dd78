import CoopCrypto
import Testing

@Suite("Sealed boxes to Ed25519 identities")
struct SealedBoxTests {
  let plaintext = Array("signed result of run 7".utf8)

  @Test func recipientOpensWhatWasSealedToIt() throws {
    let hub = SecretKey.generate()
    let box = try SealedBox.seal(plaintext, to: hub.publicKey)
    #expect(box.count == plaintext.count + SealedBox.overhead)
    #expect(try SealedBox.open(box, with: hub) == plaintext)
  }

  @Test func anotherKeyCannotOpen() throws {
    let box = try SealedBox.seal(plaintext, to: SecretKey.generate().publicKey)
    #expect(throws: CryptoError.sealedBoxDoesNotOpen) {
      try SealedBox.open(box, with: SecretKey.generate())
    }
  }

  @Test func everyChangedByteIsDetected() throws {
    let hub = SecretKey.generate()
    let box = try SealedBox.seal(plaintext, to: hub.publicKey)
    for index in box.indices {
      var changed = box
      changed[index] ^= 0x01
      #expect(throws: CryptoError.sealedBoxDoesNotOpen) { try SealedBox.open(changed, with: hub) }
    }
    #expect(throws: CryptoError.sealedBoxDoesNotOpen) { try SealedBox.open([1, 2], with: hub) }
  }

  @Test func sealingTwiceGivesDifferentBoxes() throws {
    let hub = SecretKey.generate().publicKey
    #expect(try SealedBox.seal(plaintext, to: hub) != SealedBox.seal(plaintext, to: hub))
  }
}
