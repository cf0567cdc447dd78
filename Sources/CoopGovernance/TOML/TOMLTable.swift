/// One table of a parsed TOML document: its keys, each with the line it was set on.
struct TOMLTable {
  /// The line of the table header (0 for the root table).
  let line: Int
  /// Values by key.
  private(set) var entries: [String: (value: TOMLValue, line: Int)] = [:]

  init(line: Int) { self.line = line }

  /// Sets `key`; `false` if it was already set.
  mutating func set(_ key: String, _ value: TOMLValue, line: Int) -> Bool {
    guard entries[key] == nil else { return false }
    entries[key] = (value, line)
    return true
  }
}
