/// Turns how a source writes a zone (a code, a name, a postcode…) into the zone's code.
///
/// The engine knows codes and names from the schema's zone domain; a use case can add others,
/// such as La Réunion's postcodes, under a lookup name the mapping selects with `map = "…"`.
public protocol ZoneResolver: Sendable {
  /// The zone code `text` denotes, or nil. The importer checks the code is in the domain.
  func code(for text: String) -> Int?
}
