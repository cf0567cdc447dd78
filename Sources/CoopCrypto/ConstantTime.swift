import CSodium

/// Comparisons whose running time does not depend on where the inputs differ.
public enum ConstantTime {
  /// `true` when `a` and `b` have the same length and the same bytes (`sodium_memcmp`).
  public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    Sodium.ensureInitialized()
    guard a.count == b.count else { return false }
    guard !a.isEmpty else { return true }
    return sodium_memcmp(a, b, a.count) == 0
  }
}
