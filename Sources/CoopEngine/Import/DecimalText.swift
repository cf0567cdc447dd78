import CoopLang

/// Reads decimal numbers from source text exactly: `12`, `-0.5`, `+3`, `12,5` with a decimal
/// comma. Fractions longer than 15 digits are cut (values are put on a coarser grid anyway).
enum DecimalText {
  /// The number `text` holds, or nil when it is not one.
  static func parse(_ text: String, decimalComma: Bool) -> ExactDecimal? {
    let separator: UInt8 = decimalComma ? 0x2C : 0x2E
    var units = 0
    var scale = 0
    var negative = false
    var digits = 0
    var seenSeparator = false
    var index = 0
    for byte in text.utf8 {
      defer { index += 1 }
      switch byte {
      case 0x2D where index == 0: negative = true
      case 0x2B where index == 0: continue
      case separator where !seenSeparator: seenSeparator = true
      case 0x30...0x39:
        if seenSeparator {
          guard scale < 15 else { continue }
          scale += 1
        }
        let (times, overflow1) = units.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
        guard !overflow1, !overflow2 else { return nil }
        units = sum
        digits += 1
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    return ExactDecimal(units: negative ? -units : units, scale: scale)
  }

  /// `value` rounded to the nearest multiple of `step` (halves away from zero); nil on overflow.
  static func round(_ value: ExactDecimal, to step: ExactDecimal) -> ExactDecimal? {
    let scale = max(value.scale, step.scale)
    guard let v = value.rescaled(to: scale), let s = step.rescaled(to: scale), s.units > 0 else {
      return nil
    }
    let magnitude = abs(v.units)
    let (twice, overflow) = magnitude.multipliedReportingOverflow(by: 2)
    guard !overflow else { return nil }
    let steps = (twice + s.units) / (2 * s.units)
    let (result, overflow2) = steps.multipliedReportingOverflow(by: s.units)
    guard !overflow2 else { return nil }
    return ExactDecimal(units: v.units < 0 ? -result : result, scale: scale)
  }

  /// The nearest double to `value`.
  static func double(_ value: ExactDecimal) -> Double {
    var power = 1.0
    for _ in 0..<value.scale { power *= 10 }
    // Both operands are exact for |units| < 2^53, so the quotient is correctly rounded.
    return Double(value.units) / power
  }
}
