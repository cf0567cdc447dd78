import CoopLang

extension StoreSchema {
  /// The SQL columns storing `column`: types in base units, and checks from the schema's domains
  /// and bounds.
  static func columns(for column: ColumnModel, in model: SchemaModel) -> [StoreColumn] {
    let name = column.name
    func make(_ sqlType: String, _ check: String? = nil, reference: String? = nil) -> [StoreColumn]
    {
      [
        StoreColumn(
          name: name, sqlType: sqlType, schemaColumn: column, check: check, reference: reference)
      ]
    }
    switch column.type {
    case .id, .string: return make("TEXT")
    case .int, .duration: return make("INTEGER", bounds(column))
    case .decimal, .distance: return make("REAL", bounds(column))
    case .bool: return make("INTEGER", "\(name) IN (0,1)")
    case .time:
      return make("INTEGER", bounds(column) ?? "\(name) BETWEEN 0 AND 1439")
    case .enumeration(let enumName):
      let cases = model.enums[enumName]?.cases ?? []
      return make("TEXT", "\(name) IN (\(cases.map(Self.quoted).joined(separator: ",")))")
    case .zone(let domain):
      return make(
        "INTEGER", zoneCheck(name, codes: model.zoneDomains[domain]?.zones.map(\.code) ?? []))
    case .point:
      return [StoreColumn.Coordinate.latitude, .longitude].map {
        StoreColumn(
          name: "\(name)_\($0.rawValue)", sqlType: "REAL", schemaColumn: column, coordinate: $0)
      }
    case .row(let table):
      let key = model.table(table)?.key
      let keyType = key.map { columns(for: $0, in: model).first?.sqlType ?? "TEXT" } ?? "TEXT"
      return make(keyType, reference: "\(table)(\(key?.name ?? "id"))")
    case .list, .index, .invalid:
      // The schema builder rejects these as column types.
      return make("TEXT")
    }
  }

  /// `x BETWEEN low AND high` for a bounded column.
  private static func bounds(_ column: ColumnModel) -> String? {
    column.bounds.map { "\(column.name) BETWEEN \($0.lowerBound) AND \($0.upperBound)" }
  }

  /// `BETWEEN` when the codes are contiguous (as La Réunion's 97401–97424), `IN` otherwise:
  /// either way exactly the domain's codes pass.
  static func zoneCheck(_ name: String, codes: [Int]) -> String {
    let sorted = codes.sorted()
    guard let low = sorted.first, let high = sorted.last else { return "\(name) IN ()" }
    if high - low + 1 == sorted.count { return "\(name) BETWEEN \(low) AND \(high)" }
    return "\(name) IN (\(sorted.map(String.init).joined(separator: ",")))"
  }

  /// An SQL string literal.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
