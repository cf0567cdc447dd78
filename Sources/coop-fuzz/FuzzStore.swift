import CSQLite
import CoopEngine
import CoopLang
import Foundation

/// The small edge store every accepted input runs on, written once per process.
///
/// Generic over the schema (`StoreSchema`): each table referenced by a foreign key gets a few
/// rows, every other table a few hundred, drawn from a fixed seed within the schema's domains,
/// bounds and resolutions. Each table also gets rows at the edges of its domains (lower and upper
/// bounds, poles and antimeridian, first and last enum case and zone) and rows that break the
/// store's `CHECK` constraints — out of bounds, off the grid, of another SQL type, unknown enum
/// cases and zone codes, a foreign key to no row — which the interpreter must read as documented
/// (Docs/interpreter.md, "Reading stored values"), never fail on.
enum FuzzStore {
  /// Regular rows of a table that no foreign key refers to (one per employee, in mobility).
  static let factRows = 300
  /// Regular rows of a table a foreign key refers to (sites).
  static let dimensionRows = 8

  /// Creates the store for `schema` at `path`, which must not exist.
  static func create(schema: SchemaModel, at path: String) throws {
    let store = StoreSchema(schema)
    try EdgeStore.create(at: path, for: store)
    var opened: OpaquePointer?
    guard sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let db = opened
    else {
      throw FuzzStoreError(message: "cannot open \(path)")
    }
    defer { sqlite3_close_v2(db) }
    // The corrupt rows break CHECK constraints on purpose (NOT NULL and keys still hold).
    try execute(db, "PRAGMA ignore_check_constraints = ON; BEGIN")
    let referenced = Set(store.tables.flatMap(\.referencedTables))
    var counts: [String: Int] = [:]
    for table in store.tables {
      counts[table.name] =
        (referenced.contains(table.name) ? dimensionRows : factRows) + RowKind.edges.count
    }
    var generator = RowGenerator(schema: schema, counts: counts)
    for table in store.tables {
      let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
      let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
      let statement = try prepare(db, "INSERT INTO \"\(table.name)\" (\(names)) VALUES (\(marks))")
      defer { sqlite3_finalize(statement) }
      let regular = (counts[table.name] ?? 0) - RowKind.edges.count
      let kinds = Array(repeating: RowKind.regular, count: regular) + RowKind.edges
      for (row, kind) in kinds.enumerated() {
        for (slot, column) in table.columns.enumerated() {
          bind(
            generator.value(column, table: table.name, row: row, kind: kind), statement,
            Int32(slot + 1))
        }
        guard sqlite3_step(statement) == SQLITE_DONE else {
          throw FuzzStoreError(
            message: "insert into \(table.name): \(String(cString: sqlite3_errmsg(db)))")
        }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
      }
    }
    try execute(db, "COMMIT")
  }

  private static func execute(_ db: OpaquePointer, _ sql: String) throws {
    guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
      throw FuzzStoreError(message: "\(sql): \(String(cString: sqlite3_errmsg(db)))")
    }
  }

  private static func prepare(_ db: OpaquePointer, _ sql: String) throws -> OpaquePointer {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw FuzzStoreError(message: "\(sql): \(String(cString: sqlite3_errmsg(db)))")
    }
    return statement
  }

  private static func bind(_ value: StoredValue, _ statement: OpaquePointer, _ index: Int32) {
    switch value {
    case .integer(let v): sqlite3_bind_int64(statement, index, v)
    case .real(let v): sqlite3_bind_double(statement, index, v)
    case .text(let v):
      sqlite3_bind_text(
        statement, index, v, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }
  }
}

/// Why the store could not be written.
struct FuzzStoreError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// A value as SQLite stores it.
enum StoredValue {
  case integer(Int64)
  case real(Double)
  case text(String)
}

/// Which kind of row is written.
enum RowKind: CaseIterable {
  /// Drawn within the schema's domains.
  case regular
  /// Every column at its lowest value (lower bounds, first case and zone, south-west corner).
  case lowest
  /// Every column at its highest value.
  case highest
  /// Beyond every bound: numbers past their bounds, unknown cases and codes, points off the
  /// globe, a foreign key to no row.
  case outOfBounds
  /// Values of another SQL type: text in numeric columns, reals in integer and text columns.
  case otherType
  /// Off the column's grid (fractions of a minute, of a day, of the resolution) and huge reals.
  case offGrid

  /// The rows written after the regular ones, in order.
  static let edges: [RowKind] = [.lowest, .highest, .outOfBounds, .otherType, .offGrid]
}

/// Draws column values from a fixed seed.
struct RowGenerator {
  let schema: SchemaModel
  let counts: [String: Int]
  var random = FuzzRandom(state: 2026)

  init(schema: SchemaModel, counts: [String: Int]) {
    self.schema = schema
    self.counts = counts
  }

  mutating func below(_ n: Int) -> Int { random.below(n) }

  /// The key of row `row` of `table`.
  static func key(_ table: String, _ row: Int) -> String { "\(table)-\(row)" }

  mutating func value(_ column: StoreColumn, table: String, row: Int, kind: RowKind) -> StoredValue
  {
    let model = column.schemaColumn
    if model.isKey {
      if case .int = model.type { return .integer(Int64(row)) }
      return .text(Self.key(table, row))
    }
    switch model.type {
    case .row(let target):
      if kind == .outOfBounds { return .text("nowhere") }
      if kind == .otherType { return .integer(7) }
      return .text(Self.key(target, below(counts[target] ?? 1)))
    case .enumeration(let name):
      let cases = schema.enums[name]?.cases ?? ["?"]
      switch kind {
      case .regular: return .text(cases[below(cases.count)])
      case .lowest: return .text(cases[0])
      case .highest: return .text(cases[cases.count - 1])
      case .outOfBounds: return .text("no_such_case")
      case .otherType: return .integer(1)
      case .offGrid: return .real(0.5)
      }
    case .zone(let name):
      let codes = schema.zoneDomains[name]?.zones.map(\.code) ?? [0]
      switch kind {
      case .regular: return .integer(Int64(codes[below(codes.count)]))
      case .lowest: return .integer(Int64(codes.min() ?? 0))
      case .highest: return .integer(Int64(codes.max() ?? 0))
      case .outOfBounds: return .integer(-1)
      case .otherType: return .text("97411")
      case .offGrid: return .real(Double(codes[0]) + 0.5)
      }
    case .bool:
      switch kind {
      case .regular: return .integer(Int64(below(2)))
      case .lowest: return .integer(0)
      case .highest: return .integer(1)
      case .outOfBounds: return .integer(7)
      case .otherType: return .text("true")
      case .offGrid: return .real(0.5)
      }
    case .point:
      let latitude = column.coordinate == .latitude
      let step = model.resolution?.doubleValue ?? 0.0001
      switch kind {
      case .regular:
        // La Réunion's bounding box, on the column's grid.
        let (low, high) = latitude ? (-21.40, -20.87) : (55.21, 55.84)
        let steps = Int(((high - low) / step).rounded(.down))
        return .real(low + Double(below(steps + 1)) * step)
      case .lowest: return .real(latitude ? -90 : -180)
      case .highest: return .real(latitude ? 90 : 180)
      case .outOfBounds: return .real(latitude ? 1000 : -1000)
      case .otherType: return .text("-21.0")
      case .offGrid: return .real(latitude ? 1e300 : -.infinity)
      }
    case .time:
      let (low, high) = bounds(model, default: (0, 1439))
      let step = max(1, Int(model.resolution?.doubleValue ?? 1))
      switch kind {
      case .regular: return .integer(Int64(low + below((high - low) / step + 1) * step))
      case .lowest: return .integer(Int64(low))
      case .highest: return .integer(Int64(high))
      case .outOfBounds: return .integer(Int64(high) + 100_000)
      case .otherType: return .text("08:30")
      case .offGrid: return .real(Double(low) + 12.7)
      }
    case .int, .duration:
      let (low, high) = bounds(model, default: (-1000, 1000))
      switch kind {
      case .regular: return .integer(Int64(low + below(high - low + 1)))
      case .lowest: return .integer(Int64(low))
      case .highest: return .integer(Int64(high))
      case .outOfBounds: return .integer(row.isMultiple(of: 2) ? Int64.max : Int64.min)
      case .otherType: return .text("3")
      case .offGrid: return .real(Double(low) + 0.5)
      }
    case .decimal, .distance:
      let (low, high) = bounds(model, default: (-100_000, 100_000))
      let step = model.resolution?.doubleValue ?? 0.001
      switch kind {
      case .regular:
        let steps = Int((Double(high - low) / step).rounded(.down))
        return .real(Double(low) + Double(below(steps + 1)) * step)
      case .lowest: return .real(Double(low))
      case .highest: return .real(Double(high))
      case .outOfBounds: return .real(-1e300)
      case .otherType: return .text("1.5")
      case .offGrid: return .real(Double(low) + step / 3)
      }
    case .id, .string:
      switch kind {
      case .regular: return .text("s\(below(10))")
      case .lowest: return .text("")
      case .highest: return .text(String(repeating: "é", count: 300))
      case .outOfBounds: return .text("'; DROP TABLE x; --\n\u{0}")
      case .otherType: return .integer(42)
      case .offGrid: return .real(2.5)
      }
    case .list, .index, .invalid:
      return .text("")
    }
  }

  /// A column's bounds as whole base units, or `fallback`.
  private func bounds(_ column: ColumnModel, default fallback: (Int, Int)) -> (Int, Int) {
    guard let b = column.bounds else { return fallback }
    let low = Int(min(max(b.lowerBound.doubleValue, -1e15), 1e15).rounded(.up))
    let high = Int(min(max(b.upperBound.doubleValue, -1e15), 1e15).rounded(.down))
    return low <= high ? (low, high) : fallback
  }
}
