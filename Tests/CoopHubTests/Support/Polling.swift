import Foundation

/// Polls `condition` every `interval` until it holds or `timeout` seconds pass; returns whether
/// it held. Tests wait for a state this way rather than sleeping a guessed time.
func eventually(
  timeout: TimeInterval = 30, every interval: Duration = .milliseconds(50),
  _ condition: () throws -> Bool
) async rethrows -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while true {
    if try condition() { return true }
    if Date() >= deadline { return false }
    try? await Task.sleep(for: interval)
  }
}
