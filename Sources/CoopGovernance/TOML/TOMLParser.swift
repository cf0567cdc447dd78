/// A strict parser for the TOML subset of board files: root keys, then arrays of tables
/// (`[[member]]`), with strings and integers only. It refuses what it does not know (`[table]`
/// headers, other values) with the line and the reason, rather than guessing.
struct TOMLParser {
  private let path: String

  init(path: String) { self.path = path }

  func parse(_ text: String) throws -> TOMLDocument {
    var document = TOMLDocument()
    var current: (name: String, index: Int)? = nil
    let lines: [(number: Int, line: TOMLLineReader.Line)]
    do { lines = try TOMLLineReader.lines(text) } catch { throw fail(error.line, error.message) }
    for (number, line) in lines {
      switch line {
      case .table: throw fail(number, "only [[table]] arrays are used in this file")
      case .arrayOfTables(let name):
        document.arrays[name, default: []].append(TOMLTable(line: number))
        current = (name, document.arrays[name, default: []].count - 1)
      case .pair(let key, let value):
        switch value {
        case .string, .integer: break
        default: throw fail(number, "expected a string or an integer")
        }
        let added: Bool
        if let current {
          added = document.arrays[current.name, default: []][current.index].set(key, value, line: number)
        } else {
          added = document.root.set(key, value, line: number)
        }
        guard added else { throw fail(number, "duplicate key '\(key)'") }
      }
    }
    return document
  }

  private func fail(_ line: Int, _ message: String) -> BoardError {
    .malformed(path: path, line: line, message: message)
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
