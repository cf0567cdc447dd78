import CoopGovernance

/// An edge configuration read with the TOML subset reader board files use: `[table]` headers
/// and `key = value` lines with strings, numbers (kept as written, so decimals stay exact),
/// booleans and one-line arrays of those, and `#` comments.
public struct TOMLFile: Sendable, Equatable {
  /// Values by table (`""` for the root), then by key.
  public private(set) var tables: [String: [String: TOMLValue]] = [:]

  /// Parses `text`; errors name the line.
  public init(parsing text: String, source: String) throws(EdgeConfigurationError) {
    let lines: [(number: Int, line: TOMLLineReader.Line)]
    do {
      lines = try TOMLLineReader.lines(text)
    } catch {
      let message = error.valueOf.map { "the value of '\($0)' is not a string, number, boolean or one-line array (\(error.message))" }
      throw .malformed(source: source, line: error.line, message: message ?? error.message)
    }
    var table = ""
    tables[""] = [:]
    for (number, line) in lines {
      let fail = { (message: String) in
        EdgeConfigurationError.malformed(source: source, line: number, message: message)
      }
      switch line {
      case .arrayOfTables(let name): throw fail("[[\(name)]] arrays of tables are not used in this file")
      case .table(let name):
        guard tables[name] == nil else { throw fail("table [\(name)] appears twice") }
        table = name
        tables[name] = [:]
      case .pair(let key, let value):
        guard tables[table]?[key] == nil else { throw fail("'\(key)' is set twice") }
        tables[table, default: [:]][key] = value
      }
    }
  }
}
