/// The lines of the TOML subset Coop's files use: `key = value` pairs, `[table]` and
/// `[[table]]` headers, `#` comments and blank lines. Each file decides which headers it allows
/// and what its keys mean; this reader only says what each line is, or what is wrong with it.
public enum TOMLLineReader {
  /// One meaningful line.
  public enum Line: Equatable, Sendable {
    /// `[name]`.
    case table(String)
    /// `[[name]]`.
    case arrayOfTables(String)
    /// `key = value`.
    case pair(key: String, value: TOMLValue)
  }

  /// What is wrong with a line, and where.
  public struct Failure: Error, Equatable, Sendable {
    /// The line (1-based).
    public let line: Int
    /// Why, in a few words.
    public let message: String
    /// The key whose value could not be read, when that is the problem.
    public let valueOf: String?
  }

  /// The meaningful lines of `text`, with their numbers.
  public static func lines(_ text: String) throws(Failure) -> [(number: Int, line: Line)] {
    var out: [(number: Int, line: Line)] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = offset + 1
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        out.append((number, try header(line, number)))
      } else {
        out.append((number, try pair(line, number)))
      }
    }
    return out
  }

  private static func header(_ line: Substring, _ number: Int) throws(Failure) -> Line {
    let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      .trimmingCharacters(in: " \t")
    if text.hasPrefix("[[") {
      let name = text.dropFirst(2).dropLast(2)
      guard text.hasSuffix("]]"), text.count > 4, name.allSatisfy(isKeyCharacter) else {
        throw Failure(line: number, message: "malformed [[table]]", valueOf: nil)
      }
      return .arrayOfTables(String(name))
    }
    let name = text.dropFirst().dropLast()
    guard text.hasSuffix("]"), text.count > 2, name.allSatisfy(isKeyCharacter) else {
      throw Failure(line: number, message: "expected [table]", valueOf: nil)
    }
    return .table(String(name))
  }

  private static func pair(_ line: Substring, _ number: Int) throws(Failure) -> Line {
    guard let equals = line.firstIndex(of: "=") else {
      throw Failure(line: number, message: "expected key = value", valueOf: nil)
    }
    let key = line[..<equals].trimmingCharacters(in: " \t")
    guard !key.isEmpty, key.allSatisfy(isKeyCharacter) else {
      throw Failure(
        line: number, message: "expected a bare key (letters, digits, '_' or '-') before '='",
        valueOf: nil)
    }
    var scanner = TOMLValueScanner(text: line[line.index(after: equals)...])
    guard let value = scanner.value() else {
      throw Failure(
        line: number,
        message: scanner.problem ?? "expected a string, number, boolean or one-line array",
        valueOf: String(key))
    }
    guard scanner.restIsComment() else {
      throw Failure(line: number, message: "unexpected text after the value of '\(key)'", valueOf: nil)
    }
    return .pair(key: String(key), value: value)
  }

  private static func isKeyCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || "_-".contains(character))
  }
}
