import CoopLang

/// Double-quoted string literals written one way only, valid both as JSON strings and as TOML
/// basic strings, so that log lines and board files have a single canonical spelling.
enum QuotedString {
  /// `text` quoted: `"` and `\` escaped, control characters and DEL as `\n`, `\r`, `\t` or
  /// `\u00XX`, everything else written as UTF-8.
  static func quote(_ text: String) -> String { CanonicalJSON.quote(text, escapingDelete: true) }
}
