import CoopLang

/// Reads one source text as the stored value of one SQL column: parses it, converts units,
/// puts it on the column's grid and checks the schema's domain and bounds.
struct ValueReader: Sendable {
  /// What the text is read as.
  enum Kind: Sendable {
    case text
    case integer
    case decimal
    case bool
    case time(format: String?)
    case enumeration(name: String, cases: [String])
    case zone(domain: String, codes: Set<Int>, lookup: String, resolver: any ZoneResolver)
  }

  var kind: Kind
  /// Base units per source unit (1000 for `km` into metres).
  var factor = 1
  /// The grid, in base units.
  var resolution: ExactDecimal?
  /// Inclusive bounds, in base units.
  var bounds: ClosedRange<ExactDecimal>?
  /// Whether the stored value is a REAL (distances, decimals, coordinates).
  var real = false
  var decimalComma = false

  /// The stored value of `text` (already trimmed and not empty).
  func read(_ text: String) -> Result<SQLiteValue, ValueProblem> {
    switch kind {
    case .text: return .success(.text(text))
    case .bool:
      switch text.lowercased() {
      case "1", "true": return .success(.integer(1))
      case "0", "false": return .success(.integer(0))
      default: return .failure(.notBool(mapped: false))
      }
    case .enumeration(let name, let cases):
      return cases.contains(text)
        ? .success(.text(text)) : .failure(.unknownCase(name: name, cases: cases, mapped: false))
    case .zone(let domain, let codes, let lookup, let resolver):
      guard let code = resolver.code(for: text), codes.contains(code) else {
        return .failure(.unknownZone(domain: domain, lookup: lookup))
      }
      return .success(.integer(Int64(code)))
    case .time(let format):
      guard let minutes = TimeText.minutes(text, format: format) else {
        return .failure(.notTime(format: format ?? "HH:MM"))
      }
      var value = ExactDecimal(units: minutes)
      if let step = resolution, let rounded = DecimalText.round(value, to: step) {
        // Rounding up past 23:59 keeps the last slot of the day instead.
        value =
          rounded.units < 1440
          ? rounded : ExactDecimal(units: minutes - minutes % max(1, step.units))
      }
      return checked(value)
    case .integer, .decimal:
      guard let number = DecimalText.parse(text, decimalComma: decimalComma) else {
        return .failure(.notNumber)
      }
      guard var value = number.times(factor) else { return .failure(.overflow) }
      if let step = resolution {
        guard let rounded = DecimalText.round(value, to: step) else { return .failure(.overflow) }
        value = rounded
      }
      return checked(value)
    }
  }

  /// `value` stored as an INTEGER or REAL after the bounds check.
  private func checked(_ value: ExactDecimal) -> Result<SQLiteValue, ValueProblem> {
    if let bounds, !bounds.contains(value) {
      return .failure(.outOfRange(low: "\(bounds.lowerBound)", high: "\(bounds.upperBound)"))
    }
    if real { return .success(.real(DecimalText.double(value))) }
    guard let whole = value.rescaled(to: 0) else { return .failure(.notInteger) }
    return .success(.integer(Int64(whole.units)))
  }
}
