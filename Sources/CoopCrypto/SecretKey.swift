import CSodium

/// An Ed25519 secret key. Its bytes live in zeroed-on-release memory and never appear in
/// descriptions; only its seed leaves the type, to be written to a 0600 key file.
public struct SecretKey: Sendable {
  /// Length of the seed a secret key is derived from, in bytes.
  public static let seedByteCount = 32

  /// libsodium's 64-byte secret key (seed ‖ public key).
  let secret: SecretBytes
  /// The matching public key.
  public let publicKey: PublicKey

  /// A fresh key from libsodium's CSPRNG.
  public static func generate() -> SecretKey {
    var seed = SecureRandom.bytes(seedByteCount)
    defer { sodium_memzero(&seed, seed.count) }
    return SecretKey(validSeed: seed)
  }

  /// The key derived from a 32-byte seed (the form stored in key files).
  public init(seed: [UInt8]) throws {
    Sodium.ensureInitialized()
    guard seed.count == SecretKey.seedByteCount else {
      throw CryptoError.invalidLength(
        what: "secret key seed", have: seed.count, want: SecretKey.seedByteCount)
    }
    self.init(validSeed: seed)
  }

  /// The key derived from a seed whose length has been checked.
  private init(validSeed seed: [UInt8]) {
    var publicBytes = [UInt8](repeating: 0, count: PublicKey.byteCount)
    secret = SecretBytes(count: crypto_sign_secretkeybytes()) { buffer in
      _ = crypto_sign_seed_keypair(
        &publicBytes, buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), seed)
    }
    publicKey = PublicKey(unchecked: publicBytes)
  }

  /// The short fingerprint of the public key.
  public var id: KeyID { publicKey.id }

  /// The detached Ed25519 signature of `message`.
  public func sign(_ message: [UInt8]) -> Signature {
    var out = [UInt8](repeating: 0, count: Signature.byteCount)
    secret.withBytes { key in
      _ = crypto_sign_detached(
        &out, nil, message, UInt64(message.count),
        key.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
    return Signature(unchecked: out)
  }

  /// Calls `body` with the 32-byte seed, for writing a key file; the copy is zeroed afterwards.
  public func withSeed<R>(_ body: ([UInt8]) throws -> R) rethrows -> R {
    var seed = secret.withBytes { Array($0.prefix(SecretKey.seedByteCount)) }
    defer { sodium_memzero(&seed, seed.count) }
    return try body(seed)
  }
}

extension SecretKey: CustomStringConvertible {
  /// Names the key by id only; the secret is never printed.
  public var description: String { "secret key \(id) (redacted)" }
}
