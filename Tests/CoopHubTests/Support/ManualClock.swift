import CoopEdge
import Foundation

/// An `AgentClock` tests move by hand: `sleep(until:)` suspends until `advance` reaches the
/// deadline, so a test can look at the hub while an answer waits for its slot.
final class ManualClock: AgentClock, @unchecked Sendable {
  private let lock = NSLock()
  private var time: Duration
  private var sleepers: [(deadline: Duration, continuation: CheckedContinuation<Void, Never>)] = []
  private var requested: [Duration] = []

  /// A clock showing `start`.
  init(at start: Duration = .zero) { time = start }

  func now() -> Duration { lock.withLock { time } }

  func sleep(until deadline: Duration) async throws {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let due = lock.withLock { () -> Bool in
        requested.append(deadline)
        guard time < deadline else { return true }
        sleepers.append((deadline, continuation))
        return false
      }
      if due { continuation.resume() }
    }
  }

  /// Moves the clock forward to `target` (never back), waking the sleepers now due.
  func advance(to target: Duration) {
    let due = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
      time = max(time, target)
      let due = sleepers.filter { $0.deadline <= time }.map(\.continuation)
      sleepers.removeAll { $0.deadline <= time }
      return due
    }
    for continuation in due { continuation.resume() }
  }

  /// Moves the clock forward by `delta`.
  func advance(by delta: Duration) { advance(to: now() + delta) }

  /// The deadlines of the sleeps waiting now.
  var waiting: [Duration] { lock.withLock { sleepers.map(\.deadline) } }

  /// Every deadline ever asked for, in order.
  var deadlines: [Duration] { lock.withLock { requested } }
}
