import Foundation

/// The hub's configuration file, `DIR/hub.json`, written on first start and read on every start.
public struct HubConfiguration: Codable, Sendable, Equatable {
  /// An operator key: who may enroll edges and register authors and analysts.
  public struct Operator: Codable, Sendable, Equatable {
    /// A display name.
    public var name: String
    /// Base64 public key.
    public var key: String

    /// An operator.
    public init(name: String, key: String) {
      self.name = name
      self.key = key
    }
  }

  /// The board file (absolute, or relative to the hub directory); `nil`: no board yet, so no
  /// bundle can be approved.
  public var board: String?
  /// The board fingerprint the hub pins.
  public var boardFingerprint: String?
  /// The operators.
  public var operators: [Operator]
  /// How long a round waits for edges before completing as partial, by default.
  public var roundDeadlineSeconds: Int
  /// How far a request's timestamp may be from the hub's clock.
  public var clockSkewSeconds: Int
  /// The longest an edge's long-poll waits.
  public var longPollSeconds: Int

  /// A configuration; defaults: 10-minute rounds, 5-minute clock skew, 25-second long polls.
  public init(
    board: String? = nil, boardFingerprint: String? = nil, operators: [Operator] = [],
    roundDeadlineSeconds: Int = 600, clockSkewSeconds: Int = 300, longPollSeconds: Int = 25
  ) {
    self.board = board
    self.boardFingerprint = boardFingerprint
    self.operators = operators
    self.roundDeadlineSeconds = roundDeadlineSeconds
    self.clockSkewSeconds = clockSkewSeconds
    self.longPollSeconds = longPollSeconds
  }

  /// Reads `path`.
  public static func read(_ path: String) throws -> HubConfiguration {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try JSONDecoder().decode(HubConfiguration.self, from: data)
  }

  /// Writes the file, pretty-printed with sorted keys.
  public func write(to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
