/// A strict parser for the TOML subset of board files. It refuses what it does not know (inline
/// tables, arrays, floats, dates, dotted or quoted keys, `[table]` headers) with the line and
/// the reason, rather than guessing.
struct TOMLParser {
  private let path: String

  init(path: String) { self.path = path }

  func parse(_ text: String) throws -> TOMLDocument {
    var document = TOMLDocument()
    var current: (name: String, index: Int)? = nil
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      let line = rawLine.trimmingCharacters(in: " \t")
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[[") {
        let name = try tableName(line, number)
        document.arrays[name, default: []].append(TOMLTable(line: number))
        current = (name, document.arrays[name, default: []].count - 1)
        continue
      }
      if line.hasPrefix("[") { throw fail(number, "only [[table]] arrays are used in this file") }
      let (key, value) = try keyValue(line, number)
      let added: Bool
      if let current {
        added = document.arrays[current.name, default: []][current.index].set(
          key, value, line: number)
      } else {
        added = document.root.set(key, value, line: number)
      }
      guard added else { throw fail(number, "duplicate key '\(key)'") }
    }
    return document
  }

  private func tableName(_ line: Substring, _ number: Int) throws -> String {
    guard line.hasSuffix("]]"), line.count > 4 else { throw fail(number, "malformed [[table]]") }
    let name = line.dropFirst(2).dropLast(2)
    guard name.allSatisfy(Self.isKeyCharacter) else { throw fail(number, "malformed [[table]]") }
    return String(name)
  }

  private func keyValue(_ line: Substring, _ number: Int) throws -> (String, TOMLValue) {
    guard let equals = line.firstIndex(of: "=") else { throw fail(number, "expected key = value") }
    let key = line[..<equals].trimmingCharacters(in: " \t")
    guard !key.isEmpty, key.allSatisfy(Self.isKeyCharacter) else {
      throw fail(number, "expected a bare key (letters, digits, '_' or '-') before '='")
    }
    var scanner = TOMLValueScanner(text: line[line.index(after: equals)...])
    guard let value = scanner.value() else {
      throw fail(number, scanner.problem ?? "expected a string or an integer")
    }
    guard scanner.restIsComment() else {
      throw fail(number, "unexpected text after the value of '\(key)'")
    }
    return (String(key), value)
  }

  private func fail(_ line: Int, _ message: String) -> BoardError {
    .malformed(path: path, line: line, message: message)
  }

  private static func isKeyCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || "_-".contains(character))
  }
}

extension Substring {
  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> Substring {
    guard let start = firstIndex(where: { !set.contains($0) }) else { return self[endIndex...] }
    let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? endIndex
    return self[start..<end]
  }
}
