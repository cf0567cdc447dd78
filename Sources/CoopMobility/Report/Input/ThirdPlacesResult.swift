import CoopEngine

/// The outcome of the federated k-means for third places.
public struct ThirdPlacesResult: Sendable {
  /// The final centres; `centres[i]` is the centre of the table's cell `c = i`.
  public var centres: [GeoPoint]
  /// The last round's table, keyed by `["c"]`: `count` = employees nearest to the centre,
  /// `sums["km"]` = their one-way commute km (plus `lat`/`lon` sums, not shown).
  public var lastRound: ReleaseTable

  /// A result.
  public init(centres: [GeoPoint], lastRound: ReleaseTable) {
    self.centres = centres
    self.lastRound = lastRound
  }
}
