/// A JSON value with one canonical text: object keys sorted by their UTF-8 bytes, two-space
/// indentation, integers and strings only (decimals are written as strings, exactly), `\n` line
/// ends. The same value gives the same bytes on every run and machine.
public indirect enum CanonicalJSON: Hashable, Sendable {
  case object([String: CanonicalJSON])
  case array([CanonicalJSON])
  case string(String)
  case int(Int)
  case bool(Bool)
  case null

  /// The canonical text, ending with a newline.
  public var text: String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch self {
    case .object(let fields):
      guard !fields.isEmpty else { out += "{}"; return }
      out += "{\n"
      let keys = fields.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      for (i, key) in keys.enumerated() {
        out += pad + CanonicalJSON.quote(key) + ": "
        fields[key]?.write(to: &out, indent: indent + 1)
        out += i == keys.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "}"
    case .array(let items):
      guard !items.isEmpty else { out += "[]"; return }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(to: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "]"
    case .string(let s): out += CanonicalJSON.quote(s)
    case .int(let n): out += String(n)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    }
  }

  /// A JSON string literal; escapes quotes, backslashes and control characters only (and DEL
  /// with `escapingDelete`, which also makes it a TOML basic string).
  public static func quote(_ s: String, escapingDelete: Bool = false) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || (escapingDelete && scalar.value == 0x7f):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
