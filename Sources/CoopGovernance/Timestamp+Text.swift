import Foundation

extension Timestamp {
  /// Seconds in a day.
  static let day: Int64 = 86_400

  /// The current time, truncated to the second.
  public static func now() -> Timestamp {
    Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
  }

  /// The canonical text, `YYYY-MM-DDTHH:MM:SSZ`.
  public var text: String {
    let days =
      secondsSinceEpoch >= 0
      ? secondsSinceEpoch / Self.day
      : (secondsSinceEpoch - Self.day + 1) / Self.day
    let seconds = secondsSinceEpoch - days * Self.day
    let (year, month, dayOfMonth) = Self.civil(fromDays: days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))T"
      + "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
  }

  /// Parses the canonical text `YYYY-MM-DDTHH:MM:SSZ` only.
  public init?(canonical text: String) {
    guard let value = Timestamp(iso8601: text), value.text == text else { return nil }
    self = value
  }

  /// Parses `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM:SSZ`; nothing else.
  public init?(iso8601 text: String) {
    let chars = Array(text.utf8)
    guard chars.count == 10 || chars.count == 20 else { return nil }
    func number(_ range: Range<Int>) -> Int64? {
      guard chars[range].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
      else { return nil }
      return Int64(String(decoding: chars[range], as: UTF8.self))
    }
    let (dash, colon, letterT, letterZ) = (
      UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "T"), UInt8(ascii: "Z")
    )
    guard let year = number(0..<4), chars[4] == dash, let month = number(5..<7), chars[7] == dash,
      let day = number(8..<10), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var seconds = Self.days(year: year, month: month, day: day) * Self.day
    if chars.count == 20 {
      guard chars[10] == letterT, chars[13] == colon, chars[16] == colon, chars[19] == letterZ,
        let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
        hour < 24, minute < 60, second < 60
      else { return nil }
      seconds += hour * 3600 + minute * 60 + second
    }
    self.init(secondsSinceEpoch: seconds)
  }

  /// Parses an end-of-window date: `YYYY-MM-DD` means the last second of that day.
  public init?(endOfWindow text: String) {
    guard let start = Timestamp(iso8601: text) else { return nil }
    self = text.count == 10 ? start.adding(seconds: Self.day - 1) : start
  }

  private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Int(month - 1)]
  }

  /// Days since the epoch of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
  private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day count since the epoch (H. Hinnant's `civil_from_days`).
  private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
