import CSodium

/// Cryptographically secure randomness from libsodium's CSPRNG — the only randomness Coop uses
/// outside tests (DP noise, keys, nonces).
public enum SecureRandom {
  /// `count` uniformly random bytes.
  public static func bytes(_ count: Int) -> [UInt8] {
    Sodium.ensureInitialized()
    var out = [UInt8](repeating: 0, count: count)
    out.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, $0.count) }
    return out
  }

  /// A uniform integer in `0..<upperBound`, without modulo bias (`randombytes_uniform`).
  public static func uniform(_ upperBound: UInt32) -> UInt32 {
    Sodium.ensureInitialized()
    return randombytes_uniform(upperBound)
  }

  /// A uniform 64-bit word.
  public static func word() -> UInt64 {
    Sodium.ensureInitialized()
    var value: UInt64 = 0
    withUnsafeMutableBytes(of: &value) { randombytes_buf($0.baseAddress!, $0.count) }
    return value
  }
}
