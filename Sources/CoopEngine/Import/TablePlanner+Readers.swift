import CoopLang

extension TablePlanner {
  /// Source units and their factor to the base unit, by dimension.
  static let distanceUnits = ["m": 1, "km": 1000]
  static let durationUnits = ["s": 1, "min": 60, "h": 3600]

  /// The reader of `column` for `source`'s unit, format and lookup; `coordinate` bounds a point's
  /// latitude (90) or longitude (180). In store notation, units, formats and lookups are the
  /// base ones.
  func reader(
    _ column: ColumnModel, _ source: FieldMapping, coordinate: Int, storeNotation: Bool = false
  ) throws(MappingError) -> ValueReader {
    let path = source.keyPath
    if source.unit != nil, column.type != .distance, column.type != .duration {
      throw fail(
        path + ".unit", "a \(column.type) has no unit; units apply to distances and durations")
    }
    if source.format != nil, column.type != .time {
      throw fail(path + ".format", "a \(column.type) has no format; formats apply to times")
    }
    if source.lookup != nil, !(column.type.isZone) {
      throw fail(path + ".map", "'map' applies to zones, and \(column.name) is a \(column.type)")
    }
    var reader = ValueReader(kind: .text, resolution: column.resolution, bounds: column.bounds)
    reader.decimalComma = storeNotation ? false : mapping.decimalComma
    switch column.type {
    case .id, .string, .list, .index, .invalid, .row:
      if let key = column.referencedTable.flatMap({ schema.model.table($0)?.key }), key.type == .int
      {
        reader.kind = .integer
      }
      reader.resolution = nil
      reader.bounds = nil
    case .int: reader.kind = .integer
    case .decimal:
      reader.kind = .decimal
      reader.real = true
    case .bool: reader.kind = .bool
    case .time:
      if let format = source.format, !TimeText.formats.contains(format) {
        throw fail(
          path + ".format",
          "unknown time format '\(format)' (expected \(TimeText.formats.joined(separator: ", ")))")
      }
      reader.kind = .time(format: storeNotation ? "HH:MM" : source.format)
      reader.bounds = column.bounds ?? ExactDecimal(units: 0)...ExactDecimal(units: 1439)
    case .duration, .distance:
      let units = column.type == .distance ? Self.distanceUnits : Self.durationUnits
      if let unit = source.unit, !storeNotation {
        guard let factor = units[unit] else {
          throw fail(
            path + ".unit",
            "unknown \(column.type) unit '\(unit)' (expected \(units.keys.sorted().joined(separator: ", ")))"
          )
        }
        reader.factor = factor
      }
      reader.kind = .decimal
      reader.real = column.type == .distance
      if column.type == .duration, reader.resolution == nil {
        reader.resolution = ExactDecimal(units: 1)
      }
    case .point:
      reader.kind = .decimal
      reader.real = true
      reader.bounds = ExactDecimal(units: -coordinate)...ExactDecimal(units: coordinate)
    case .enumeration(let name):
      reader.kind = .enumeration(name: name, cases: schema.model.enums[name]?.cases ?? [])
    case .zone(let name):
      guard let domain = schema.model.zoneDomains[name] else {
        throw fail(path, "schema \(schema.model.name) has no zone domain '\(name)'")
      }
      let lookup = storeNotation ? "code" : source.lookup ?? "code"
      guard let resolver = self.resolver(lookup, domain) else {
        let known = Set(["code", "name"]).union(options.zoneResolvers.keys).sorted()
        throw fail(
          path + ".map",
          "unknown zone lookup '\(lookup)' (expected \(known.joined(separator: ", ")))")
      }
      reader.kind = .zone(
        domain: name, codes: Set(domain.zones.map(\.code)), lookup: lookup, resolver: resolver)
      reader.resolution = nil
      reader.bounds = nil
    }
    return reader
  }

  private func resolver(_ lookup: String, _ domain: ZoneDomain) -> (any ZoneResolver)? {
    if let injected = options.zoneResolvers[lookup] { return injected }
    switch lookup {
    case "code": return ZoneCodeResolver()
    case "name": return ZoneNameResolver(domain)
    default: return nil
    }
  }
}

extension ValueType {
  /// Whether the type is a zone of some domain.
  fileprivate var isZone: Bool {
    if case .zone = self { return true }
    return false
  }
}
