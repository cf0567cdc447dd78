/// Reads times of day as minutes since midnight.
enum TimeText {
  /// The formats a mapping can name.
  static let formats = ["HH:MM", "HHMM", "minutes"]

  /// `text` in `format`: `HH:MM` also accepts `H:MM`, `HH:MM:SS` and `8h30`; `HHMM` is four
  /// digits; `minutes` counts from midnight; nil (auto) takes digits as minutes and the rest
  /// as `HH:MM`.
  static func minutes(_ text: String, format: String?) -> Int? {
    switch format {
    case "minutes": return wholeNumber(text)
    case "HHMM":
      guard text.utf8.count == 4, let value = wholeNumber(text) else { return nil }
      return clock(hours: value / 100, minutes: value % 100)
    case "HH:MM": return clockText(text)
    default:
      return text.utf8.allSatisfy { (0x30...0x39).contains($0) }
        ? wholeNumber(text) : clockText(text)
    }
  }

  private static func clockText(_ text: String) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 2 || parts.count == 3 {
      guard parts[0].count <= 2, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
        let h = wholeNumber(parts[0]), let m = wholeNumber(parts[1]),
        parts.count == 2 || wholeNumber(parts[2]).map({ $0 < 60 }) == true
      else { return nil }
      return clock(hours: h, minutes: m)
    }
    let french = text.lowercased().split(separator: "h", omittingEmptySubsequences: false)
    guard french.count == 2, french[0].count <= 2, french[1].isEmpty || french[1].count == 2,
      let h = wholeNumber(french[0])
    else { return nil }
    return clock(hours: h, minutes: french[1].isEmpty ? 0 : wholeNumber(french[1]) ?? 60)
  }

  private static func clock(hours: Int, minutes: Int) -> Int? {
    guard (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
    return hours * 60 + minutes
  }

  private static func wholeNumber(_ text: some StringProtocol) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    return Int(text)
  }
}
