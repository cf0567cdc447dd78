/// Who holds a key: the role written into its key file's `kind`.
public enum KeyRole: String, CaseIterable, Sendable {
  /// Writes and signs bundles.
  case author
  /// A governance board member: approves and revokes bundles.
  case board
  /// A company's edge node: signs results, receives sealed boxes.
  case edge
  /// The hub: dispatches bundles, receives sealed results.
  case hub
  /// Reads released aggregates.
  case analyst
}
