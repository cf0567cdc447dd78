/// Strict lowercase hexadecimal, the encoding of digests and key ids in Coop files.
public enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// Lowercase hexadecimal of `bytes`.
  public static func encode(_ bytes: some Sequence<UInt8>) -> String {
    var out = [UInt8]()
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of `text`, or `nil` unless it is exactly `byteCount` bytes of lowercase hexadecimal.
  public static func decode(_ text: String, byteCount: Int) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    guard utf8.count == byteCount * 2 else { return nil }
    var out = [UInt8]()
    out.reserveCapacity(byteCount)
    var index = 0
    while index < utf8.count {
      guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  private static func value(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
