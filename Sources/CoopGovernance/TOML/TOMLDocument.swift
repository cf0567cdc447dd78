/// A parsed document of the TOML subset board files use: `key = value` lines in the root table,
/// then arrays of tables (`[[name]]`), with `#` comments and blank lines.
struct TOMLDocument {
  /// The keys before the first table header.
  var root = TOMLTable(line: 0)
  /// Arrays of tables, by name, in file order.
  var arrays: [String: [TOMLTable]] = [:]
}
