/// A third place at a final k-means centre: who it could serve and the commuting it would avoid.
public struct ThirdPlace: Sendable, Hashable {
  /// The centre's index in the run (`c`), shown 1-based.
  public var index: Int
  /// The centre, on land: the computed centre, or the nearest point of the coast when the
  /// computation (noise included) put it at sea.
  public var centre: GeoPoint
  /// How far the computed centre was moved ashore, in km (0 when it was on land).
  public var movedAshoreKilometres: Double
  /// The INSEE code of the commune containing the centre (or with the nearest centroid).
  public var commune: Int
  /// Telework-eligible employees living nearest to this centre.
  public var employees: Estimate
  /// Their one-way commute km, summed: employees × the territory's mean commute.
  public var commuteKilometres: Estimate
  /// Km avoided per week: `2 × commuteKilometres × days per week at the third place`.
  public var kilometresAvoidedPerWeek: Estimate
}
