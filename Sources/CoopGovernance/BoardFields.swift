import CoopCrypto

/// Typed access to the tables of a parsed board file, with errors that name the line.
struct BoardFields {
  let path: String

  /// The entries of `table`, which must hold exactly `keys`.
  mutating func read(
    _ table: TOMLTable, keys: Set<String>
  ) throws -> [String: (value: TOMLValue, line: Int)] {
    for (key, entry) in table.entries where !keys.contains(key) {
      throw fail(entry.line, "unknown key '\(key)'")
    }
    for key in keys.sorted() where table.entries[key] == nil {
      throw fail(max(table.line, 1), "missing key '\(key)'")
    }
    return table.entries
  }

  func string(_ entries: [String: (value: TOMLValue, line: Int)], _ key: String) throws -> String {
    guard let entry = entries[key], case .string(let value) = entry.value else {
      throw fail(entries[key]?.line ?? 1, "'\(key)' must be a string")
    }
    return value
  }

  func integer(_ entries: [String: (value: TOMLValue, line: Int)], _ key: String) throws -> Int {
    guard let entry = entries[key], case .integer(let value) = entry.value else {
      throw fail(entries[key]?.line ?? 1, "'\(key)' must be an integer")
    }
    return value
  }

  /// A `[[member]]` table: name, organisation, id and key, the id matching the key.
  mutating func member(_ table: TOMLTable) throws -> BoardMember {
    let entries = try read(table, keys: ["name", "organisation", "id", "key"])
    guard let key = try? PublicKey(base64: string(entries, "key")) else {
      throw fail(entries["key"]?.line ?? table.line, "'key' must be a base64 Ed25519 public key")
    }
    guard try string(entries, "id") == key.id.text else {
      throw fail(entries["id"]?.line ?? table.line, "'id' does not match 'key'")
    }
    do {
      let owner = try KeyOwner(
        name: string(entries, "name"), organisation: string(entries, "organisation"))
      return BoardMember(owner: owner, key: key)
    } catch let error as KeyOwnerError {
      throw fail(table.line, "\(error)")
    }
  }

  private func fail(_ line: Int, _ message: String) -> BoardError {
    .malformed(path: path, line: line, message: message)
  }
}
