/// The language a report is written in: French by default, English on request (`--lang en`).
public enum ReportLanguage: String, Sendable, CaseIterable {
  /// French: `1 234,5` with a narrow no-break space.
  case french = "fr"
  /// English: `1,234.5`.
  case english = "en"

  /// The language for a code such as `fr`, `en`, `FR`; `nil` for other codes.
  public init?(code: String) {
    self.init(rawValue: code.lowercased())
  }

  /// The catalogue of the report's texts in this language.
  public var strings: ReportStrings {
    switch self {
    case .french: .french
    case .english: .english
    }
  }
}
