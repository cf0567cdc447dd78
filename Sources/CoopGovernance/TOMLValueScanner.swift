/// Scans one TOML value (basic string or decimal integer) and the comment that may follow it.
struct TOMLValueScanner {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  /// Why `value()` failed, when it did for a known reason.
  private(set) var problem: String? = nil

  init(text: Substring) { scalars = Array(text.unicodeScalars) }

  /// The value, or `nil` with `problem` set.
  mutating func value() -> TOMLValue? {
    skipSpaces()
    guard index < scalars.count else { return nil }
    if scalars[index] == "\"" { return string() }
    return integer()
  }

  /// `true` if only spaces and an optional `# comment` remain.
  mutating func restIsComment() -> Bool {
    skipSpaces()
    return index == scalars.count || scalars[index] == "#"
  }

  private mutating func skipSpaces() {
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
  }

  private mutating func integer() -> TOMLValue? {
    let start = index
    if index < scalars.count, scalars[index] == "-" { index += 1 }
    while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[start..<index])
    // Canonical decimal only: no '+', no leading zeros, no underscores.
    guard let number = Int(text), String(number) == text else { return nil }
    return .integer(number)
  }

  private mutating func string() -> TOMLValue? {
    index += 1
    var out = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\"": return .string(String(out))
      case "\\":
        guard let escaped = escape() else { return nil }
        out.append(escaped)
      case _ where (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7f:
        problem = "control character in a string"
        return nil
      default: out.append(scalar)
      }
    }
    problem = "unterminated string"
    return nil
  }

  private mutating func escape() -> Unicode.Scalar? {
    guard index < scalars.count else {
      problem = "unterminated string"
      return nil
    }
    let code = scalars[index]
    index += 1
    let simple: [Unicode.Scalar: Unicode.Scalar] = [
      "b": "\u{8}", "t": "\t", "n": "\n", "f": "\u{c}", "r": "\r", "\"": "\"", "\\": "\\",
    ]
    if let scalar = simple[code] { return scalar }
    let width = code == "u" ? 4 : code == "U" ? 8 : 0
    guard width > 0, index + width <= scalars.count else {
      problem = "invalid escape sequence"
      return nil
    }
    var hex = ""
    hex.unicodeScalars.append(contentsOf: scalars[index..<index + width])
    index += width
    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
      problem = "invalid unicode escape"
      return nil
    }
    return scalar
  }
}
