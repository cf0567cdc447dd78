import Foundation

/// The machine-readable form of a diagnostic, as printed by `coop check --format json`.
public struct DiagnosticRecord: Codable, Hashable, Sendable {
  /// Stable id, e.g. `E0102`.
  public var id: String
  /// `error`, `warning` or `note`.
  public var severity: String
  /// The file's path as given.
  public var file: String
  /// 1-based start line.
  public var line: Int
  /// 1-based start column (UTF-8 bytes).
  public var column: Int
  /// 1-based end line.
  public var endLine: Int
  /// 1-based end column, exclusive.
  public var endColumn: Int
  /// The primary message.
  public var message: String
  /// Secondary messages, including the fix-it's description when there is one.
  public var notes: [String]
  /// The suggested replacement text, when a fix-it is offered.
  public var fixIt: String?

  /// The record of `diagnostic` found in `file`.
  public init(_ diagnostic: Diagnostic, file: String) {
    id = diagnostic.id
    severity = diagnostic.severity.rawValue
    self.file = file
    line = diagnostic.range.start.line
    column = diagnostic.range.start.column
    endLine = diagnostic.range.end.line
    endColumn = diagnostic.range.end.column
    message = diagnostic.message
    notes = diagnostic.notes.map(\.message) + (diagnostic.fixIt.map { ["help: \($0.message)"] } ?? [])
    fixIt = diagnostic.fixIt?.replacement
  }

  /// A JSON array of `records`, keys sorted, one record per line.
  public static func encode(_ records: [DiagnosticRecord]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let lines = records.compactMap { record -> String? in
      guard let data = try? encoder.encode(record) else { return nil }
      return String(decoding: data, as: UTF8.self)
    }
    return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
  }
}
