import CoopCrypto
import Testing

@Suite("Ed25519 signatures")
struct SignatureTests {
  let message = Array("approve bundle 42".utf8)

  @Test func signedMessageVerifies() {
    let key = SecretKey.generate()
    #expect(key.publicKey.isValidSignature(key.sign(message), of: message))
  }

  @Test func otherKeyDoesNotVerify() {
    let key = SecretKey.generate()
    let other = SecretKey.generate()
    #expect(!other.publicKey.isValidSignature(key.sign(message), of: message))
  }

  @Test func everyFlippedBitOfMessageOrSignatureFails() throws {
    let key = SecretKey.generate()
    let signature = key.sign(message)
    for index in message.indices {
      var changed = message
      changed[index] ^= 0x01
      #expect(!key.publicKey.isValidSignature(signature, of: changed))
    }
    for index in signature.bytes.indices {
      var changed = signature.bytes
      changed[index] ^= 0x80
      #expect(!key.publicKey.isValidSignature(try Signature(bytes: changed), of: message))
    }
  }

  @Test func seedRoundTripGivesTheSameKey() throws {
    let key = SecretKey.generate()
    let again = try key.withSeed { try SecretKey(seed: $0) }
    #expect(again.publicKey == key.publicKey)
  }

  @Test func wrongLengthsAreRefused() {
    #expect(throws: CryptoError.invalidLength(what: "public key", have: 31, want: 32)) {
      try PublicKey(bytes: [UInt8](repeating: 1, count: 31))
    }
    #expect(throws: CryptoError.self) { try Signature(bytes: []) }
    #expect(throws: CryptoError.self) { try SecretKey(seed: [1, 2, 3]) }
  }

  @Test func descriptionsNeverShowSecrets() {
    let key = SecretKey.generate()
    let seedText = key.withSeed { Base64.encode($0) }
    #expect(!"\(key)".contains(seedText))
    #expect("\(key)" == "secret key \(key.id) (redacted)")
  }

  @Test func keyIDIsSixteenHexCharacters() throws {
    let key = SecretKey.generate().publicKey
    #expect(key.id.text.count == 16)
    #expect(try KeyID(text: key.id.text) == key.id)
    #expect(throws: CryptoError.self) { try KeyID(text: key.id.text.uppercased()) }
  }
}
