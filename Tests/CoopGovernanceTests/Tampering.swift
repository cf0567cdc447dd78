/// Every variant of `bytes` with one byte changed: each byte XOR-ed with a few masks (a low bit,
/// the ASCII case bit, the high bit), and each byte deleted.
func tamperedVariants(of bytes: [UInt8]) -> [(index: Int, bytes: [UInt8])] {
  var variants: [(Int, [UInt8])] = []
  for index in bytes.indices {
    for mask: UInt8 in [0x01, 0x20, 0x80] {
      var changed = bytes
      changed[index] ^= mask
      variants.append((index, changed))
    }
    var shorter = bytes
    shorter.remove(at: index)
    variants.append((index, shorter))
  }
  return variants
}
