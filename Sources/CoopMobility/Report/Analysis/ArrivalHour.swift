/// A 1-hour arrival slot, as `slot(e.arrival, 1 h)` numbers it: index `n` covers n:00 to
/// (n + 1):00.
public struct ArrivalHour: Sendable, Hashable, Comparable {
  /// Slots in a day.
  public static let perDay = 24
  /// The slot's index, 0…23 (7 = 07:00–08:00).
  public let index: Int

  /// The slot with `index`; `nil` outside 0…23.
  public init?(index: Int) {
    guard (0..<Self.perDay).contains(index) else { return nil }
    self.index = index
  }

  /// `07:00–08:00`.
  public var label: String {
    "\(Self.clock(index))–\(Self.clock(index + 1))"
  }

  /// Orders by time of day.
  public static func < (lhs: ArrivalHour, rhs: ArrivalHour) -> Bool { lhs.index < rhs.index }

  private static func clock(_ hour: Int) -> String {
    let hours = hour % 24
    return (hours < 10 ? "0" : "") + "\(hours):00"
  }
}
