import Foundation

/// Counters the hub exposes at `/v1/metrics` in Prometheus text format.
final class HubMetrics: @unchecked Sendable {
  private let lock = NSLock()
  private var counters: [String: Int] = [:]

  /// Adds `amount` to the counter `name`.
  func increment(_ name: String, by amount: Int = 1) {
    lock.withLock { counters[name, default: 0] += amount }
  }

  /// The counter `name`.
  func value(_ name: String) -> Int { lock.withLock { counters[name, default: 0] } }

  /// `coop_hub_NAME VALUE` lines, sorted by name.
  func text() -> String {
    lock.withLock {
      counters.keys.sorted().map { "coop_hub_\($0) \(counters[$0] ?? 0)\n" }.joined()
    }
  }
}
