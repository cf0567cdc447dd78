import CSodium

/// Strict base64 (standard alphabet, padded) through libsodium, which refuses non-canonical
/// padding bits: one byte string has exactly one accepted text, so a changed character never
/// decodes to the same bytes.
public enum Base64 {
  /// Padded standard base64 of `bytes`.
  public static func encode(_ bytes: [UInt8]) -> String {
    Sodium.ensureInitialized()
    let variant = sodium_base64_VARIANT_ORIGINAL
    let length = sodium_base64_encoded_len(bytes.count, variant)
    var out = [CChar](repeating: 0, count: length)
    bytes.withUnsafeBufferPointer { input in
      _ = sodium_bin2base64(&out, length, input.baseAddress, input.count, variant)
    }
    return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The bytes of `text`, or `nil` unless it is canonical padded base64 and nothing else.
  public static func decode(_ text: String) -> [UInt8]? {
    Sodium.ensureInitialized()
    let input = Array(text.utf8).map { CChar(bitPattern: $0) }
    guard !input.isEmpty else { return [] }
    var out = [UInt8](repeating: 0, count: input.count / 4 * 3 + 3)
    var written = 0
    let status = sodium_base642bin(
      &out, out.count, input, input.count, nil, &written, nil, sodium_base64_VARIANT_ORIGINAL)
    guard status == 0 else { return nil }
    let bytes = Array(out.prefix(written))
    // Re-encoding must give back the very same text: one accepted spelling per byte string.
    return encode(bytes) == text ? bytes : nil
  }

  /// The bytes of `text`, which must be canonical base64 of exactly `count` bytes.
  static func decode(_ text: String, count: Int, what: String) throws -> [UInt8] {
    guard let bytes = decode(text) else { throw CryptoError.invalidBase64(what: what) }
    guard bytes.count == count else {
      throw CryptoError.invalidLength(what: what, have: bytes.count, want: count)
    }
    return bytes
  }
}
