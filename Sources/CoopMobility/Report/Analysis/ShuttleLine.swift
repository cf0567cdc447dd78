/// A shuttle line to one work commune: its departures, one per arrival hour with enough riders.
public struct ShuttleLine: Sendable, Hashable {
  /// The work commune's INSEE code.
  public var work: Int
  /// The arrival hours at or above the riders threshold, earliest first.
  public var departures: [ShuttleCell]
  /// Riders over those departures; half-widths add.
  public var riders: Estimate
}
