import CSodium

/// libsodium's one-time initialisation; every entry point of CoopCrypto goes through it.
enum Sodium {
  /// `sodium_init()` result, evaluated once, thread-safely, on first use.
  static let initialized: Bool = sodium_init() >= 0

  /// Traps if libsodium could not initialise: nothing in CoopCrypto is safe without it.
  static func ensureInitialized() {
    precondition(initialized, "libsodium failed to initialise")
  }
}
