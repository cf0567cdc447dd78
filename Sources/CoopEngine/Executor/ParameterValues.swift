import CoopLang

/// The parameters of a run: the job's values, else the script's initial values; checked
/// against the declared types and bounds.
enum ParameterValues {
  static func resolve(_ script: CheckedScript, _ given: [String: ParameterValue]) throws -> [String: ParameterValue] {
    var out: [String: ParameterValue] = [:]
    for unknown in given.keys where !script.parameters.contains(where: { $0.name == unknown }) {
      throw ExecutionError.badParameter("the script has no parameter '\(unknown)'")
    }
    for p in script.parameters {
      guard let value = given[p.name] ?? p.initial else {
        throw ExecutionError.badParameter("'\(p.name)' has no value and no initial value")
      }
      try check(value, p)
      out[p.name] = value
    }
    return out
  }

  private static func check(_ value: ParameterValue, _ p: CheckedParameter) throws {
    switch (p.type, value) {
    case (.list(let element, let max), .list(let items)):
      guard items.count <= max else { throw ExecutionError.badParameter("'\(p.name)' has more than \(max) values") }
      guard !items.isEmpty else { throw ExecutionError.badParameter("'\(p.name)' is an empty list") }
      for item in items { try checkScalar(item, element, p) }
    default: try checkScalar(value, p.type, p)
    }
  }

  private static func checkScalar(_ value: ParameterValue, _ type: ValueType, _ p: CheckedParameter) throws {
    switch (type, value) {
    case (.point, .point(let lat, let lon)):
      guard ExactDecimal(units: -90) <= lat, lat <= ExactDecimal(units: 90), ExactDecimal(units: -180) <= lon,
        lon <= ExactDecimal(units: 180)
      else { throw ExecutionError.badParameter("'\(p.name)' has a point off the globe") }
      guard RuntimeNumbers.holds(lat), RuntimeNumbers.holds(lon) else {
        throw ExecutionError.badParameter("'\(p.name)' has a coordinate with more than 9 decimals")
      }
    case (.int, .number(let n)), (.decimal, .number(let n)), (.distance, .number(let n)), (.duration, .number(let n)),
      (.time, .number(let n)):
      if let bounds = p.bounds, !bounds.contains(n) {
        throw ExecutionError.badParameter("'\(p.name)' = \(n) is outside \(bounds.lowerBound) .. \(bounds.upperBound)")
      }
      if type == .int, !n.isInteger { throw ExecutionError.badParameter("'\(p.name)' must be an integer") }
      if type == .time, !n.isInteger {
        throw ExecutionError.badParameter("'\(p.name)' must be a whole minute of the day")
      }
      guard RuntimeNumbers.holds(n) else {
        throw ExecutionError.badParameter("'\(p.name)' = \(n) has more than 9 decimals or is out of range")
      }
    default:
      throw ExecutionError.badParameter("'\(p.name)' must be a \(type)")
    }
  }
}
