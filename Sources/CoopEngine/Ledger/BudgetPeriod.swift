import Foundation

/// Budget periods: ε is counted per calendar month in UTC, written `YYYY-MM`.
public enum BudgetPeriod {
  /// The period holding `date`.
  public static func month(of date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents([.year, .month], from: date)
    return String(format: "%04d-%02d", c.year ?? 0, c.month ?? 0)
  }
}
