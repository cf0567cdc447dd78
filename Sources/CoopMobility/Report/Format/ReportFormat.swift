import Foundation

/// Formats the report's values as plain text in the catalogue's language.
struct ReportFormat {
  let strings: ReportStrings

  /// `1 234` or `1 234,5 ± 12,3`: the value and its 95% half-width, kept on one line.
  func estimate(_ estimate: Estimate, decimals: Int = 0) -> String {
    let style = strings.numbers
    return style.format(estimate.value, decimals: decimals) + "\u{00A0}±\u{00A0}"
      + style.format(estimate.halfWidth, decimals: decimals)
  }

  /// A non-negative quantity: its estimate, or "≤ upper end" when the interval reaches 0 (the
  /// noise is then larger than the value: only an upper bound is meaningful).
  func nonNegative(_ estimate: Estimate, decimals: Int = 0) -> String {
    estimate.value - estimate.halfWidth > 0
      ? self.estimate(estimate, decimals: decimals)
      : "≤\u{00A0}" + strings.numbers.format(estimate.upper, decimals: decimals)
  }

  /// A number without its error.
  func number(_ value: Double, decimals: Int = 0) -> String {
    strings.numbers.format(value, decimals: decimals)
  }

  /// `27 novembre 2026` / `27 November 2026`, in UTC.
  func date(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let month =
      strings.months.indices.contains((parts.month ?? 1) - 1)
      ? strings.months[(parts.month ?? 1) - 1] : ""
    return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970)"
  }

  /// `-21.0012, 55.4567` in the catalogue's decimals, to about 10 m.
  func position(_ point: GeoPoint) -> String {
    let separator = strings.numbers.decimalSeparator == "," ? " ; " : ", "
    return number(point.latitude, decimals: 4) + separator + number(point.longitude, decimals: 4)
  }
}
