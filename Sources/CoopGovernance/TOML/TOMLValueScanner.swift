/// Scans one TOML value (see `TOMLValue`) and the comment that may follow it.
struct TOMLValueScanner {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  /// Why `value()` failed, when it did for a known reason.
  private(set) var problem: String? = nil

  init(text: Substring) { scalars = Array(text.unicodeScalars) }

  /// The value, or `nil` (with `problem` set when the reason is known).
  mutating func value() -> TOMLValue? {
    skipSpaces()
    guard index < scalars.count else { return nil }
    switch scalars[index] {
    case "\"": return string()
    case "[": return array()
    case "t", "f": return bool()
    default: return number()
    }
  }

  /// `true` if only spaces and an optional `# comment` remain.
  mutating func restIsComment() -> Bool {
    skipSpaces()
    return index == scalars.count || scalars[index] == "#"
  }

  private mutating func skipSpaces() {
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
  }

  /// A canonical integer (no '+', no leading zeros, no underscores), or a decimal with digits
  /// on both sides of its point and a canonical integer part.
  private mutating func number() -> TOMLValue? {
    let start = index
    if index < scalars.count, scalars[index] == "-" { index += 1 }
    while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
      index += 1
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[start..<index])
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard let whole = parts.first, let integer = Int(whole), String(integer) == whole
      || (whole == "-0" && parts.count == 2)
    else { return nil }
    if parts.count == 1 { return .integer(integer) }
    guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
    return .decimal(text)
  }

  private mutating func bool() -> TOMLValue? {
    for (word, value) in [("true", true), ("false", false)] {
      let end = index + word.unicodeScalars.count
      guard end <= scalars.count else { continue }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[index..<end])
      if text == word {
        index = end
        return .bool(value)
      }
    }
    return nil
  }

  /// `[a, b, …]` on one line, a trailing comma allowed.
  private mutating func array() -> TOMLValue? {
    index += 1
    var items: [TOMLValue] = []
    while true {
      skipSpaces()
      guard index < scalars.count else {
        problem = "unterminated array"
        return nil
      }
      if scalars[index] == "]" {
        index += 1
        return .array(items)
      }
      guard let item = value() else { return nil }
      items.append(item)
      skipSpaces()
      if index < scalars.count, scalars[index] == "," { index += 1 } else {
        skipSpaces()
        guard index < scalars.count, scalars[index] == "]" else {
          problem = problem ?? "expected ',' or ']' in an array"
          return nil
        }
      }
    }
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
    guard hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
    else {
      problem = "invalid unicode escape"
      return nil
    }
    return scalar
  }
}
