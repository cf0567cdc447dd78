import CSQLite
import CoopLang
import Foundation

/// One SQL column the scan reads: a schema column (or one coordinate of a point) of the table
/// reached from the scanned row through `joins`, with how its stored value becomes a run-time
/// value.
///
/// Reading is total: a value the store's constraints should have excluded (NULL, another type,
/// outside the column's bounds, off its grid, an unknown enum case or zone code) is replaced by
/// the column's *missing value* or moved to the nearest bound or grid point, as documented in
/// Docs/language.md ("Run-time semantics"). A corrupt store can skew its own results but cannot
/// make a run fail.
struct ScanColumn: Hashable {
  /// The foreign-key columns followed from the scanned table.
  var joins: [String]
  /// The table holding the column.
  var table: String
  /// The SQL column's name (`home_lat` for the latitude of `home`).
  var sqlName: String
  /// How the stored value is read.
  var reader: Reader

  /// How a stored value becomes a run-time value.
  enum Reader: Hashable {
    /// An INTEGER scaled by `multiplier` (10⁹ for numbers and times, 1 for flags and zone
    /// codes), kept within `low...high` (run-time units); `missing` otherwise.
    case integer(multiplier: Int64, low: Int64, high: Int64, missing: Int64)
    /// A REAL put on a grid of `step` run-time units (`perUnit` = 10⁹ / step grid steps per
    /// base unit), within `low...high`.
    case real(step: Int64, perUnit: Double, low: Int64, high: Int64, missing: Int64)
    /// A zone code of the domain, else the domain's first code.
    case zone(ZoneCodes)
    /// An enum case's position in the enum, else 0.
    case enumeration(EnumCases)
    /// Text, kept as is (`missing`: the empty string).
    case text
  }

  /// Whether the column's values are text (held in a batch's text buffers).
  var isText: Bool { reader == .text }

  /// The reader for `column` of `schema` (`coordinate` for one half of a point).
  static func reader(
    for column: ColumnModel, coordinate: TypedExpr.Coordinate?, schema: SchemaModel
  ) -> Reader {
    let one = RuntimeNumber.one
    func bounds(_ fallback: ClosedRange<Int64>) -> (Int64, Int64) {
      guard let b = column.bounds else { return (fallback.lowerBound, fallback.upperBound) }
      return (RuntimeNumber.value(of: b.lowerBound), RuntimeNumber.value(of: b.upperBound))
    }
    switch column.type {
    case .bool: return .integer(multiplier: 1, low: 0, high: 1, missing: 0)
    case .int, .duration:
      let (low, high) = bounds(Int64.min...Int64.max)
      return .integer(multiplier: one, low: low, high: high, missing: column.bounds == nil ? 0 : low)
    case .time:
      let (low, high) = bounds(0...(1439 * one))
      return .integer(multiplier: one, low: low, high: high, missing: low)
    case .decimal, .distance, .point:
      var (low, high) = bounds(Int64.min...Int64.max)
      if let coordinate {
        let limit = (coordinate == .lat ? 90 : 180) * one
        (low, high) = (-limit, limit)
      }
      let step = column.resolution.map { Swift.max(1, RuntimeNumber.value(of: $0)) } ?? 1
      let missing = Swift.min(Swift.max(0, low), high)
      return .real(step: step, perUnit: Double(one) / Double(step), low: low, high: high, missing: missing)
    case .zone(let domain):
      return .zone(ZoneCodes(schema.zoneDomains[domain]?.zones.map { Int64($0.code) } ?? []))
    case .enumeration(let name):
      return .enumeration(EnumCases(schema.enums[name]?.cases ?? []))
    case .string, .id, .row, .list, .index, .invalid:
      return .text
    }
  }

  /// The run-time value of result column `index` of `statement`'s current row.
  @inline(__always) func number(_ statement: OpaquePointer, _ index: Int32) -> Int64 {
    Self.number(reader, statement, index)
  }

  /// The run-time value of result column `index` of `statement`'s current row, read by `reader`.
  @inline(__always) static func number(_ reader: Reader, _ statement: OpaquePointer, _ index: Int32) -> Int64 {
    switch reader {
    case .integer(let multiplier, let low, let high, let missing):
      guard sqlite3_column_type(statement, index) == SQLITE_INTEGER else { return missing }
      let raw = sqlite3_column_int64(statement, index)
      let (v, o) = raw.multipliedReportingOverflow(by: multiplier)
      if o { return raw < 0 ? low : high }
      return Swift.min(Swift.max(v, low), high)
    case .real(let step, let perUnit, let low, let high, let missing):
      let type = sqlite3_column_type(statement, index)
      guard type == SQLITE_FLOAT || type == SQLITE_INTEGER else { return missing }
      let steps = (sqlite3_column_double(statement, index) * perUnit).rounded(.toNearestOrAwayFromZero)
      guard !steps.isNaN else { return missing }
      // Beyond ±2⁶² grid steps the value is far outside any bound: clamp before converting.
      if steps >= 0x1p62 { return high }
      if steps <= -0x1p62 { return low }
      let v = Int64(steps).multipliedReportingOverflow(by: step)
      if v.overflow { return steps < 0 ? low : high }
      return Swift.min(Swift.max(v.partialValue, low), high)
    case .zone(let codes):
      guard sqlite3_column_type(statement, index) == SQLITE_INTEGER else { return codes.missing }
      return codes.code(sqlite3_column_int64(statement, index))
    case .enumeration(let cases):
      guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index)
      else { return 0 }
      return cases.position(text, count: Int(sqlite3_column_bytes(statement, index)))
    case .text:
      return 0
    }
  }

  /// The text of result column `index` of `statement`'s current row ("" unless it is TEXT).
  func text(_ statement: OpaquePointer, _ index: Int32) -> String {
    guard sqlite3_column_type(statement, index) == SQLITE_TEXT, let text = sqlite3_column_text(statement, index)
    else { return "" }
    let count = Int(sqlite3_column_bytes(statement, index))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }
}

/// A zone domain's codes, for reading: a code of the domain is kept, any other value reads as the
/// domain's first code. Codes within a span of 2¹⁶ are looked up in a dense table.
final class ZoneCodes: Hashable {
  let codes: [Int64]
  let missing: Int64
  private let low: Int64
  private let dense: [Bool]
  private let sparse: Set<Int64>

  init(_ codes: [Int64]) {
    self.codes = codes
    missing = codes.first ?? 0
    sparse = Set(codes)
    low = codes.min() ?? 0
    let span = (codes.max() ?? 0) - low + 1
    if span <= 1 << 16 {
      var table = [Bool](repeating: false, count: Int(span))
      for c in codes { table[Int(c - low)] = true }
      dense = table
    } else {
      dense = []
    }
  }

  /// `value` if it is a code of the domain, else the first code.
  @inline(__always) func code(_ value: Int64) -> Int64 {
    if dense.isEmpty { return sparse.contains(value) ? value : missing }
    let (offset, overflow) = value.subtractingReportingOverflow(low)
    guard !overflow, offset >= 0, offset < Int64(dense.count), dense[Int(offset)] else { return missing }
    return value
  }

  static func == (a: ZoneCodes, b: ZoneCodes) -> Bool { a.codes == b.codes }
  func hash(into hasher: inout Hasher) { hasher.combine(codes) }
}

/// An enum's cases, for reading stored text without building a string: compared byte for byte.
final class EnumCases: Hashable {
  let cases: [[UInt8]]

  init(_ cases: [String]) { self.cases = cases.map { Array($0.utf8) } }

  /// The position of the case spelled by `count` bytes at `text`, or 0.
  @inline(__always) func position(_ text: UnsafePointer<UInt8>, count: Int) -> Int64 {
    for (i, c) in cases.enumerated() where c.count == count {
      if c.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text, count) == 0 }) { return Int64(i) }
    }
    return 0
  }

  static func == (a: EnumCases, b: EnumCases) -> Bool { a.cases == b.cases }
  func hash(into hasher: inout Hasher) { hasher.combine(cases) }
}
