import CSodium

/// Secret key material in memory that is zeroed (`sodium_memzero`) when the last reference goes.
///
/// Immutable after initialisation, hence safe to share across threads.
final class SecretBytes: @unchecked Sendable {
  /// The bytes; never copied into an `Array` outside of this type.
  private let buffer: UnsafeMutableRawBufferPointer

  /// `count` zeroed bytes that `fill` writes into once.
  init(count: Int, fill: (UnsafeMutableRawBufferPointer) -> Void) {
    buffer = .allocate(byteCount: count, alignment: 16)
    buffer.initializeMemory(as: UInt8.self, repeating: 0)
    fill(buffer)
  }

  deinit {
    sodium_memzero(buffer.baseAddress, buffer.count)
    buffer.deallocate()
  }

  /// Number of bytes held.
  var count: Int { buffer.count }

  /// Read access for the duration of `body`.
  func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(buffer))
  }
}
