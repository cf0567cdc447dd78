/// Why one value of a row cannot be stored. Descriptions never contain the value itself.
public enum ValueProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The field is empty (or NULL) but every column is required.
  case missing
  /// Not a number.
  case notNumber
  /// A number with a fraction where a whole number is expected.
  case notInteger
  /// A number too large to hold.
  case overflow
  /// Not one of the accepted spellings of a boolean (nor, if `mapped`, a key of the mapping's values).
  case notBool(mapped: Bool)
  /// Not a time of day in `format`.
  case notTime(format: String)
  /// Not a case of enum `name` (whose cases are listed) nor, if `mapped`, a key of the mapping's
  /// values.
  case unknownCase(name: String, cases: [String], mapped: Bool)
  /// No zone of domain `domain` for this value, read as `lookup` (`code`, `name`, `postcode`…).
  case unknownZone(domain: String, lookup: String)
  /// Outside the schema's bounds.
  case outOfRange(low: String, high: String)
  /// A foreign key with no row in `table`; `empty` when that table has no rows at all.
  case unknownReference(table: String, empty: Bool)
  /// A key already seen on `firstLine`; `unit` names the privacy unit when the table holds
  /// at most one row per unit.
  case duplicateKey(firstLine: Int, unit: String?)
  /// More rows for one value of the unit column than the schema allows per unit.
  case tooManyRowsPerUnit(unit: String, most: Int)
  /// A record with `have` fields where the header has `want`.
  case fieldCount(have: Int, want: Int)
  /// The file cannot be read past this point.
  case malformed(String)

  /// The same problem for a field with a `values` map that did not have the text.
  var notMapped: ValueProblem {
    switch self {
    case .notBool: .notBool(mapped: true)
    case .unknownCase(let name, let cases, _): .unknownCase(name: name, cases: cases, mapped: true)
    default: self
    }
  }

  /// What is wrong, in a few lowercase words.
  public var description: String {
    switch self {
    case .missing: return "missing value"
    case .notNumber: return "not a number"
    case .notInteger: return "not a whole number"
    case .overflow: return "number out of range"
    case .notBool(let mapped):
      return mapped
        ? "not a key of the mapping's values, nor 1, 0, true or false"
        : "not a boolean (1, 0, true or false)"
    case .notTime(let format): return "not a time of day in the format \(format)"
    case .unknownCase(let name, let cases, let mapped):
      return mapped
        ? "not a key of the mapping's values, nor a \(name) (\(cases.joined(separator: ", ")))"
        : "not a \(name) (\(cases.joined(separator: ", ")))"
    case .unknownZone(let domain, let lookup):
      return "no zone of \(domain) has this \(lookup)"
    case .outOfRange(let low, let high): return "out of range \(low) .. \(high)"
    case .unknownReference(let table, let empty):
      return "no row of \(table) has this key"
        + (empty ? " (\(table) is empty: import it first, or in the same run)" : "")
    case .duplicateKey(let firstLine, let unit):
      return "duplicate key, first on line \(firstLine)"
        + (unit.map { " (one row per \($0))" } ?? "")
    case .tooManyRowsPerUnit(let unit, let most):
      return "more than \(most) row\(most == 1 ? "" : "s") for this \(unit) (the schema's 'rows per \(unit)')"
    case .fieldCount(let have, let want): return "\(have) fields, but the header has \(want)"
    case .malformed(let reason): return reason
    }
  }
}
