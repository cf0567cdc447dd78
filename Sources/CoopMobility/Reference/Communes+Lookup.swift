import Foundation

extension Communes {
  /// The INSEE code of the commune a postcode serves (`"97420"` → 97407, Le Port).
  ///
  /// Postcodes and INSEE codes overlap without matching (postcode 97419 is La Possession,
  /// INSEE code 97419 is Sainte-Rose), so this never interprets its input as an INSEE code.
  public func code(forPostcode postcode: String) -> Int? {
    postcodesIndex[postcode.trimmingCharacters(in: .whitespaces)]
  }

  /// The INSEE code of the commune named `name`, ignoring accents, case, punctuation, a leading
  /// article and the abbreviations St/Ste ("Le Port", "PORT", "st-pierre" → 97407, 97407, 97416).
  public func code(forName name: String) -> Int? {
    namesIndex[CommuneNameKey.make(name)]
  }

  /// The INSEE code for a value an importer found: an INSEE code, a postcode, or a name.
  ///
  /// A five-digit value is tried as an INSEE code 97401–97424 first, then as a postcode.
  public func code(matching value: String) -> Int? {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if trimmed.count == 5, trimmed.allSatisfy(\.isASCII), let number = Int(trimmed) {
      return Self.codes.contains(number) ? number : code(forPostcode: trimmed)
    }
    return code(forName: trimmed)
  }
}
