/// One bad value (or record) of a source: where, which field, why, and the value only if asked.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
  /// The source: a CSV path, or `database.sqlite[table]`, or the store for cross-table checks.
  public var source: String
  /// The line (CSV) or row ordinal (SQLite); nil for a problem about a whole table.
  public var line: Int?
  /// The field: `column 'transport' (mode)`; nil for a whole record.
  public var field: String?
  /// What is wrong.
  public var problem: ValueProblem
  /// The offending text, kept only when values are shown.
  public var value: String?

  /// `employees.csv:12: column 'transport' (mode): not a Mode (…) (value 'x')`.
  public var description: String {
    var text = source + (line.map { ":\($0)" } ?? "") + ": "
    if let field { text += field + ": " }
    text += problem.description
    if let value { text += " (value '\(value)')" }
    return text
  }
}
