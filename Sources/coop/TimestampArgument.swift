import ArgumentParser
import CoopGovernance

/// A date option: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`, in UTC.
struct TimestampArgument: ExpressibleByArgument {
  /// The instant the text names (midnight for a date).
  let start: Timestamp
  /// The last instant the text covers (23:59:59 for a date).
  let end: Timestamp

  init?(argument: String) {
    guard let start = Timestamp(iso8601: argument),
      let end = Timestamp(endOfWindow: argument)
    else { return nil }
    self.start = start
    self.end = end
  }

  static var defaultValueDescription: String { "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)" }
}
