extension ReportStrings {
  /// A colon as the language writes it before a value (French puts a no-break space before it).
  var colon: String { languageCode == "fr" ? "\u{00A0}: " : ": " }
}
