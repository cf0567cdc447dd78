/// Characters that change what a reader sees without being seen themselves, and the one way
/// Coop makes them visible before text from a script or the network reaches a terminal.
///
/// The set is: the C0 controls (U+0000–U+001F), DEL (U+007F), the C1 controls (U+0080–U+009F)
/// and the Unicode bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069). Sources refuse all of them but tab, newline and the CR of a CRLF line end
/// (`E0010`); every printout escapes them.
public enum VisibleText {
  /// Whether `scalar` is a control or bidirectional formatting character.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` with every control and bidirectional formatting character written as a visible
  /// escape, `\u{1B}`, `\u{202E}`. With `multiline`, newlines and tabs are kept as they are (for
  /// scripts and documents printed whole); without, they are escaped too (for one field or one
  /// line). A backslash is left alone, so `\u{…}` typed as text looks the same as an escape:
  /// the point is that nothing is hidden, not that the text can be decoded back.
  public static func escaped(_ text: String, multiline: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar), !(multiline && (scalar == "\n" || scalar == "\t")) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// `U+202E`: how a diagnostic names a character.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
