import Foundation

/// The comparison key of a commune name: accents, case, punctuation, articles and
/// "St"/"Ste" abbreviations do not matter ("L'Étang-Salé" = "ETANG SALE", "ST PIERRE" = "Saint-Pierre").
enum CommuneNameKey {
  private static let articles: Set<String> = ["le", "la", "les", "l"]
  private static let abbreviations = ["st": "saint", "ste": "sainte"]

  /// The key of `name`; names with the same key denote the same commune.
  static func make(_ name: String) -> String {
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
    var words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    if words.count > 1, let first = words.first, articles.contains(first) {
      words.removeFirst()
    }
    return words.map { abbreviations[$0] ?? $0 }.joined(separator: " ")
  }
}
