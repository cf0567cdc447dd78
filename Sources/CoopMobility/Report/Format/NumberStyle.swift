/// How numbers are written: grouping and decimal separators.
public struct NumberStyle: Sendable, Hashable {
  /// Between groups of three digits (empty for none).
  public var groupSeparator: String
  /// Between the integer and the fractional digits.
  public var decimalSeparator: String
  /// Before negative numbers.
  public var minusSign: String

  /// French: narrow no-break space, decimal comma, true minus sign (`−1 234,5`).
  public static let french = NumberStyle(
    groupSeparator: "\u{202F}", decimalSeparator: ",", minusSign: "\u{2212}")
  /// English: comma, decimal point (`−1,234.5`).
  public static let english = NumberStyle(
    groupSeparator: ",", decimalSeparator: ".", minusSign: "\u{2212}")
  /// Files read by programs: no grouping, decimal point, ASCII minus (`-1234.5`).
  public static let machine = NumberStyle(groupSeparator: "", decimalSeparator: ".", minusSign: "-")

  /// `value` rounded to `decimals` digits (0–6); non-finite or huge values print as `–`.
  public func format(_ value: Double, decimals: Int = 0) -> String {
    let digits = min(max(decimals, 0), 6)
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled.isFinite, scaled < 1e15 else { return "–" }
    let units = Int64(scaled)
    let whole = units / Int64(scale)
    var text = grouped(String(whole))
    if digits > 0 {
      let fraction = String(units % Int64(scale))
      text += decimalSeparator + String(repeating: "0", count: digits - fraction.count) + fraction
    }
    return units != 0 && value < 0 ? minusSign + text : text
  }

  private func grouped(_ digits: String) -> String {
    guard !groupSeparator.isEmpty, digits.count > 3 else { return digits }
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result += groupSeparator }
      result.append(digit)
    }
    return result
  }
}
