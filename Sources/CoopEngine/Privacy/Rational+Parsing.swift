/// Exact parsing of the decimals scripts and policies are written with.
extension Rational {
  /// Parses a decimal (`0.25`, `-3`, `12.5`) or a fraction (`1/3`) exactly.
  public init(parsing text: String) throws(RationalError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2 {
      guard let top = Int(parts[0]), let bottom = Int(parts[1]) else {
        throw .malformed(text)
      }
      try self.init(top, bottom)
      return
    }
    guard parts.count == 1 else { throw .malformed(text) }
    try self.init(decimal: text)
  }

  /// Parses `[-]digits[.digits]` with no exponent and at most 18 fractional digits.
  private init(decimal text: String) throws(RationalError) {
    var body = Substring(text)
    let negative = body.first == "-"
    if negative { body = body.dropFirst() }
    let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), !pieces[0].isEmpty,
      pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      pieces.count == 1 || !pieces[1].isEmpty
    else { throw .malformed(text) }
    let fraction = pieces.count == 2 ? pieces[1] : ""
    guard fraction.count <= 18, let digits = Int(pieces[0] + fraction) else {
      throw .overflow
    }
    var scale = 1
    for _ in 0..<fraction.count { scale *= 10 }
    try self.init(negative ? -digits : digits, scale)
  }
}
