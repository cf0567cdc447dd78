import CoopEngine
import CoopLang
import CoopMobility

/// Zone lookups the CLI adds to the engine's codes and names, by schema.
enum ZoneLookups {
  /// For the mobility schema: La Réunion's postcodes (`map = "postcode"`) and commune names
  /// with articles and St/Ste abbreviations (`map = "name"`). None for other schemas.
  static func resolvers(for schema: SchemaModel) -> [String: any ZoneResolver] {
    guard schema.name == "mobility", let communes = try? Communes.bundled() else { return [:] }
    return [
      "postcode": CommunePostcodes(communes: communes), "name": CommuneNames(communes: communes),
    ]
  }
}

/// La Réunion postcodes → INSEE codes (postcode 97419 is La Possession, not Sainte-Rose).
struct CommunePostcodes: ZoneResolver {
  let communes: Communes

  func code(for text: String) -> Int? { communes.code(forPostcode: text) }
}

/// La Réunion commune names → INSEE codes ("St Pierre", "PORT", "l'etang sale").
struct CommuneNames: ZoneResolver {
  let communes: Communes

  func code(for text: String) -> Int? { communes.code(forName: text) }
}
