/// Escaping for HTML text and attribute values: every string from the input goes through here.
enum HTMLText {
  /// `text` with `& < > " '` replaced by character references.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default:
        // Control characters other than tab and line breaks are not allowed in HTML text.
        if character.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(character.value) {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(character)
        }
      }
    }
    return result
  }
}
