import CoopEngine

/// The outcome of the federated k-means for third places.
public struct ThirdPlacesResult: Sendable, Codable {
  /// The final centres: the parameter `centers` after the last round's `combine`;
  /// `centres[i]` is where the employees of the table's cell `c = i` live, on average.
  public var centres: [GeoPoint]
  /// The last round's table, keyed by `["c"]`: `n` (count) = employees nearest to centre `c`,
  /// `km` (sum, with bounds) = their one-way commute km; `dlat`/`dlon` moved the centres and are
  /// not shown.
  public var lastRound: ReleaseTable

  /// A result.
  public init(centres: [GeoPoint], lastRound: ReleaseTable) {
    self.centres = centres
    self.lastRound = lastRound
  }
}
