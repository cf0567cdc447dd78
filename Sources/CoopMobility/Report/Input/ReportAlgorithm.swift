import CoopEngine

/// One algorithm of the run and its privacy guarantees.
public struct ReportAlgorithm: Sendable, Hashable, Codable {
  /// The script's name (`carpool`, `shuttle`, `third_places`).
  public var name: String
  /// The script's version.
  public var version: Int
  /// The ε one employee spends on this algorithm over all its rounds.
  public var epsilon: Epsilon
  /// The minimum group size: cells whose federated noisy count is below it are suppressed.
  public var minGroup: Int
  /// The number of rounds (1 for single-round scripts).
  public var rounds: Int

  /// An algorithm's facts; `rounds` defaults to 1.
  public init(name: String, version: Int, epsilon: Epsilon, minGroup: Int, rounds: Int = 1) {
    self.name = name
    self.version = version
    self.epsilon = epsilon
    self.minGroup = minGroup
    self.rounds = rounds
  }

  private enum CodingKeys: String, CodingKey {
    case name, version, epsilon, minGroup, rounds
  }

  /// Decodes an algorithm; ε is exact decimal text (`"0.6"`), `rounds` defaults to 1.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    version = try container.decode(Int.self, forKey: .version)
    let text = try container.decode(String.self, forKey: .epsilon)
    do {
      epsilon = try Epsilon(text)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .epsilon, in: container, debugDescription: "not an ε: \(error)")
    }
    minGroup = try container.decode(Int.self, forKey: .minGroup)
    rounds = try container.decodeIfPresent(Int.self, forKey: .rounds) ?? 1
  }

  /// Encodes ε as its exact decimal text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(version, forKey: .version)
    try container.encode(epsilon.description, forKey: .epsilon)
    try container.encode(minGroup, forKey: .minGroup)
    try container.encode(rounds, forKey: .rounds)
  }
}
