/// The unambiguous byte string that is hashed or signed: a domain tag, then fields, each
/// length-prefixed (8-byte big-endian length, then the bytes).
///
/// The tag keeps a signature made for one purpose from being accepted for another; the length
/// prefixes keep bytes from moving between fields without changing the result.
public struct SigningInput: Sendable {
  /// The encoded bytes so far.
  public private(set) var bytes: [UInt8] = []

  /// An input starting with `domain` (for instance `coop-bundle-v1`).
  public init(domain: String) {
    append(domain)
  }

  /// Appends a length-prefixed byte field.
  public mutating func append(_ field: [UInt8]) {
    let length = UInt64(field.count)
    for shift in stride(from: 56, through: 0, by: -8) {
      bytes.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
    }
    bytes += field
  }

  /// Appends a length-prefixed UTF-8 text field.
  public mutating func append(_ field: String) {
    append(Array(field.utf8))
  }

  /// The BLAKE2b-256 digest of the input.
  public var digest: Digest { Digest(hashing: bytes) }
}
