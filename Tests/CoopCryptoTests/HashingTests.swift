import CoopCrypto
import Testing

@Suite("BLAKE2b, encodings and constant-time comparison")
struct HashingTests {
  @Test func blake2bOfEmptyInputMatchesTheReferenceVector() {
    #expect(
      Digest(hashing: []).hex
        == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
  }

  @Test func digestHexRoundTripsAndIsStrict() throws {
    let digest = Digest(hashing: Array("coop".utf8))
    #expect(try Digest(hex: digest.hex) == digest)
    #expect(throws: CryptoError.self) { try Digest(hex: digest.hex.uppercased()) }
    #expect(throws: CryptoError.self) { try Digest(hex: String(digest.hex.dropLast())) }
  }

  @Test func base64IsCanonical() {
    #expect(Base64.encode([0xff]) == "/w==")
    #expect(Base64.decode("/w==") == [0xff])
    #expect(Base64.decode("/x==") == nil)  // non-zero padding bits
    #expect(Base64.decode("/w") == nil)
    #expect(Base64.decode(" /w==") == nil)
    #expect(Base64.decode("") == [])
  }

  @Test func constantTimeEquality() {
    #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
    #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
    #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
    #expect(ConstantTime.equal([], []))
  }

  @Test func secureRandomIsNotConstant() {
    #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    #expect(SecureRandom.uniform(10) < 10)
  }
}
