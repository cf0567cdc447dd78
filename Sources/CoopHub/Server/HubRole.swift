/// What a key may do at the hub. Each endpoint names the roles it admits.
public enum HubRole: String, CaseIterable, Codable, Sendable {
  /// Submits bundles.
  case author
  /// A governance board member (from the board file): reviews, approves, revokes.
  case board
  /// Starts jobs and reads results.
  case analyst
  /// Runs the hub: enrolls edges, registers authors and analysts, reads metrics.
  case `operator`
  /// A company's edge node: polls for tasks, fetches bundles, posts results.
  case edge
}
