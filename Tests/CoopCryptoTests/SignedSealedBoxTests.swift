import CoopCrypto
import Testing

@Suite("Signed, sealed messages (edge to hub)")
struct SignedSealedBoxTests {
  let edge = SecretKey.generate()
  let hub = SecretKey.generate()
  let result = Array("{\"count\":12}".utf8)

  @Test func hubOpensAndChecksTheEdgesSignature() throws {
    let box = try SignedSealedBox.seal(result, from: edge, to: hub.publicKey)
    #expect(try SignedSealedBox.open(box, with: hub, from: edge.publicKey) == result)
  }

  @Test func anotherSenderIsRefused() throws {
    let box = try SignedSealedBox.seal(result, from: SecretKey.generate(), to: hub.publicKey)
    #expect(throws: CryptoError.badSignature) {
      try SignedSealedBox.open(box, with: hub, from: edge.publicKey)
    }
  }

  @Test func resealingToAnotherRecipientIsRefused() throws {
    let other = SecretKey.generate()
    let box = try SignedSealedBox.seal(result, from: edge, to: other.publicKey)
    let inner = try SealedBox.open(box, with: other)
    let resealed = try SealedBox.seal(inner, to: hub.publicKey)
    #expect(throws: CryptoError.badSignature) {
      try SignedSealedBox.open(resealed, with: hub, from: edge.publicKey)
    }
  }
}
