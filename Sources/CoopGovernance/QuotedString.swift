/// Double-quoted string literals written one way only, valid both as JSON strings and as TOML
/// basic strings, so that log lines and board files have a single canonical spelling.
enum QuotedString {
  /// `text` quoted: `"` and `\` escaped, control characters and DEL as `\n`, `\r`, `\t` or
  /// `\u00XX`, everything else written as UTF-8.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7f:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
