import CoopEngine

/// One cell of a store row, written the same way to SQLite and to CSV.
enum StoreValue: Equatable {
  case integer(Int)
  case real(Double)
  case text(String)

  /// The cell as an RFC 4180 CSV field: quoted only when it holds a comma, quote or line break.
  var csvField: String {
    switch self {
    case .integer(let number): return String(number)
    case .real(let number): return String(number)
    case .text(let text):
      // Comma, double quote, LF, CR.
      guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
      else {
        return text
      }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }

  /// The cell as a value bound to a SQLite statement.
  var sqliteValue: SQLiteValue {
    switch self {
    case .integer(let number): .integer(Int64(number))
    case .real(let number): .real(number)
    case .text(let text): .text(text)
    }
  }
}
