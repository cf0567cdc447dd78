/// A work site of a synthetic company: one row of the `sites` table.
public struct SyntheticSite: Sendable, Hashable, Codable {
  /// The site id, unique within the data set (`c07-s1`).
  public let id: String
  /// The INSEE code of the commune the site is in.
  public let zone: Int
  /// The site's location, rounded to 0.0001° and inside the commune.
  public let location: GeoPoint
  /// How many employees work there.
  public let employeeCount: Int
}
