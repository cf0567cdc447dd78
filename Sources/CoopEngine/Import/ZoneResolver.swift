import CoopLang
import Foundation

/// Turns how a source writes a zone (a code, a name, a postcode…) into the zone's code.
///
/// The engine knows codes and names from the schema's zone domain; a use case can add others,
/// such as La Réunion's postcodes, under a lookup name the mapping selects with `map = "…"`.
public protocol ZoneResolver: Sendable {
  /// The zone code `text` denotes, or nil. The importer checks the code is in the domain.
  func code(for text: String) -> Int?
}

/// Reads zone codes written as integers (`97411`).
public struct ZoneCodeResolver: ZoneResolver {
  /// A resolver of plain codes.
  public init() {}

  /// The integer `text` is.
  public func code(for text: String) -> Int? { Int(text) }
}

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
