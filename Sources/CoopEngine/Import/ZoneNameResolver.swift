import CoopLang
import Foundation

/// Reads zone names from the schema's zone domain, ignoring accents, case and punctuation
/// (`"l'etang sale"` and `"L'Étang-Salé"` are the same zone).
public struct ZoneNameResolver: ZoneResolver {
  private let codes: [String: Int]

  /// A resolver of the names of `domain`'s zones.
  public init(_ domain: ZoneDomain) {
    var codes: [String: Int] = [:]
    for zone in domain.zones { codes[Self.key(zone.name)] = zone.code }
    self.codes = codes
  }

  /// The code of the zone named `text`.
  public func code(for text: String) -> Int? { codes[Self.key(text)] }

  /// The comparison key of a name: letters and digits, folded, separated by single spaces.
  static func key(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
      .split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
  }
}
