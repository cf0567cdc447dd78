/// The TOML subset edge configurations use: `[table]` headers, `key = value` lines with basic
/// strings, integers, decimals, booleans and one-line arrays of those, and `#` comments.
public struct TOMLFile: Sendable, Equatable {
  /// A value of the subset.
  public enum Value: Sendable, Equatable {
    /// A basic string.
    case string(String)
    /// A number, kept as written so decimals stay exact (`0.5`).
    case number(String)
    /// A boolean.
    case bool(Bool)
    /// A one-line array.
    case array([Value])
  }

  /// Values by table (`""` for the root), then by key.
  public private(set) var tables: [String: [String: Value]] = [:]

  /// Parses `text`; errors name the line.
  public init(parsing text: String, source: String) throws(EdgeConfigurationError) {
    var table = ""
    tables[""] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fail = { (message: String) in
        EdgeConfigurationError.malformed(source: source, line: index + 1, message: message)
      }
      var scanner = TOMLScanner(Substring(raw))
      scanner.skipSpaces()
      if scanner.atEndOfLine { continue }
      if scanner.take("[") {
        guard let name = scanner.bareKey(), scanner.take("]"), scanner.atEndOfLine else {
          throw fail("expected [table]")
        }
        guard tables[name] == nil else { throw fail("table [\(name)] appears twice") }
        table = name
        tables[name] = [:]
        continue
      }
      guard let key = scanner.bareKey(), scanner.take("=") else {
        throw fail("expected key = value")
      }
      guard let value = scanner.value(), scanner.atEndOfLine else {
        throw fail("the value of '\(key)' is not a string, number, boolean or one-line array")
      }
      guard tables[table]?[key] == nil else { throw fail("'\(key)' is set twice") }
      tables[table, default: [:]][key] = value
    }
  }
}

/// Reads one line of the subset.
struct TOMLScanner {
  private var rest: Substring

  init(_ line: Substring) { rest = line }

  mutating func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" } }

  /// Only spaces or a comment remain.
  var atEndOfLine: Bool {
    let trimmed = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
    return trimmed.isEmpty || trimmed.first == "#"
  }

  mutating func take(_ symbol: Character) -> Bool {
    skipSpaces()
    guard rest.first == symbol else { return false }
    rest = rest.dropFirst()
    return true
  }

  mutating func bareKey() -> String? {
    skipSpaces()
    let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    guard !key.isEmpty else { return nil }
    rest = rest.dropFirst(key.count)
    return String(key)
  }

  mutating func value() -> TOMLFile.Value? {
    skipSpaces()
    if take("\"") { return string().map { .string($0) } }
    if take("[") {
      var items: [TOMLFile.Value] = []
      if take("]") { return .array(items) }
      repeat {
        guard let item = value() else { return nil }
        items.append(item)
      } while take(",") && !rest.drop(while: { $0 == " " }).hasPrefix("]")
      return take("]") ? .array(items) : nil
    }
    let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }
    rest = rest.dropFirst(word.count)
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    default:
      let number = word.hasPrefix("+") ? word.dropFirst() : word
      guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
        return nil
      }
      return .number(String(number))
    }
  }

  private mutating func string() -> String? {
    var out = ""
    while let character = rest.first {
      rest = rest.dropFirst()
      switch character {
      case "\"": return out
      case "\\":
        guard let escaped = rest.first else { return nil }
        rest = rest.dropFirst()
        switch escaped {
        case "\"": out.append("\"")
        case "\\": out.append("\\")
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: return nil
        }
      default: out.append(character)
      }
    }
    return nil
  }
}
