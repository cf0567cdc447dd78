import CoopLang

/// How one SQL column of a row is read from the source.
struct FieldPlan: Sendable {
  /// The schema column.
  var column: ColumnModel
  /// The SQL column filled (`home_lat` for a point's latitude).
  var target: String
  /// The source column's index in the header, or nil for a constant.
  var index: Int?
  /// The source column's name, or nil for a constant.
  var sourceName: String?
  /// The constant, if any.
  var constant: String?
  /// Reads source text.
  var reader: ValueReader
  /// Source texts replaced before reading, by their store notation.
  var values: [String: String]
  /// Reads replacements (store notation: no unit, format or lookup).
  var storeReader: ValueReader

  /// How a problem names this field: `column 'transport' (mode)`.
  var label: String {
    if let sourceName {
      return sourceName == target ? "column '\(target)'" : "column '\(sourceName)' (\(target))"
    }
    return "constant for \(target)"
  }

  /// The stored value of the row's field (nil when NULL).
  func value(_ fields: [String?]) -> Result<SQLiteValue, ValueProblem> {
    let raw: String? = constant ?? index.flatMap { $0 < fields.count ? fields[$0] : nil }
    guard let raw else { return .failure(.missing) }
    let text =
      raw.utf8.first.map { $0 == 0x20 || $0 == 0x09 } == true
        || raw.utf8.last.map { $0 == 0x20 || $0 == 0x09 } == true
      ? raw.trimmingASCIIBlanks() : raw
    guard !text.isEmpty else { return .failure(.missing) }
    if values.isEmpty { return reader.read(text) }
    if let replacement = values[text] { return storeReader.read(replacement) }
    return reader.read(text).mapError { $0.notMapped }
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate func trimmingASCIIBlanks() -> String {
    var view = Substring(self)
    while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
    while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
    return String(view)
  }
}
