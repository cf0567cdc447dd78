/// Why a synergy report could not be built or written.
public enum SynergyReportError: Error, Equatable, CustomStringConvertible {
  /// A table's keys are not the ones the report reads.
  case unexpectedKeys(table: String, expected: [String], found: [String])
  /// A table lacks a released value the report needs.
  case missingValue(table: String, value: String)
  /// A cell's key is out of its domain (an unknown zone, a slot outside the day, a centre index
  /// with no centre).
  case invalidKey(table: String, key: String, reason: String)
  /// An assumption is out of range; the message says which.
  case invalidAssumption(String)
  /// A file or directory could not be written.
  case cannotWrite(path: String, reason: String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .unexpectedKeys(let table, let expected, let found):
      "report: table '\(table)' has keys \(found), expected \(expected)"
    case .missingValue(let table, let value):
      "report: table '\(table)' has no released value '\(value)'"
    case .invalidKey(let table, let key, let reason):
      "report: table '\(table)' has an invalid key \(key): \(reason)"
    case .invalidAssumption(let message): "report: \(message)"
    case .cannotWrite(let path, let reason): "report: cannot write '\(path)': \(reason)"
    }
  }
}
