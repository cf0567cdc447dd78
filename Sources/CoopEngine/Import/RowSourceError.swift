/// A source that cannot be read further: its rows so far are kept, the rest is lost.
struct RowSourceError: Error {
  /// The line the problem is on.
  var line: Int
  /// What is wrong.
  var reason: String
}
