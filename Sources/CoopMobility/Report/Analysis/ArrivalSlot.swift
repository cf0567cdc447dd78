/// A 30-minute arrival slot: index `n` covers n × 30 min to (n + 1) × 30 min after midnight.
public struct ArrivalSlot: Sendable, Hashable, Comparable {
  /// Slots in a day.
  public static let perDay = 48
  /// The slot's index, 0…47 (15 = 07:30–08:00).
  public let index: Int

  /// The slot with `index`; `nil` outside 0…47.
  public init?(index: Int) {
    guard (0..<Self.perDay).contains(index) else { return nil }
    self.index = index
  }

  /// `07:30–08:00`.
  public var label: String {
    "\(Self.clock(index * 30))–\(Self.clock((index + 1) * 30))"
  }

  /// Orders by time of day.
  public static func < (lhs: ArrivalSlot, rhs: ArrivalSlot) -> Bool { lhs.index < rhs.index }

  private static func clock(_ minutes: Int) -> String {
    let hours = (minutes / 60) % 24
    let rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }
}
