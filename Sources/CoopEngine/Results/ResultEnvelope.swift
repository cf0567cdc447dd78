import Foundation

/// What an edge signs and seals to the hub for one round: the release table and what binds it
/// to its job, so that a result cannot be replayed into another job, round or bundle.
public struct ResultEnvelope: Codable, Hashable, Sendable {
  /// The job id.
  public var job: String
  /// The round (1-based).
  public var round: Int
  /// The bundle hash the edge verified and ran.
  public var bundle: String
  /// The edge's key id.
  public var edge: String
  /// The released cells.
  public var table: ReleaseTable

  /// An envelope.
  public init(job: String, round: Int, bundle: String, edge: String, table: ReleaseTable) {
    self.job = job
    self.round = round
    self.bundle = bundle
    self.edge = edge
    self.table = table
  }

  /// The canonical JSON encoding (sorted keys): the bytes that are signed and sealed.
  public func canonicalJSON() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
