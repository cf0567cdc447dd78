import Foundation

/// Wakes long-polling edges when a round opens: a generation counter and the continuations of
/// the requests waiting for it to move.
final class ChangeSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var generation = 0
  private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
  private var cancelled: Set<Int> = []
  private var nextID = 0

  /// The current generation.
  var current: Int { lock.withLock { generation } }

  /// Moves the generation on and wakes every waiter.
  func signal() {
    let woken = lock.withLock {
      generation += 1
      defer { waiters = [:] }
      return Array(waiters.values)
    }
    for waiter in woken { waiter.resume() }
  }

  /// Returns when the generation moves past `seen` or after `timeout`, whichever comes first.
  func wait(after seen: Int, timeout: Duration) async {
    await withTaskGroup(of: Void.self) { group in
      group.addTask { try? await Task.sleep(for: timeout) }
      group.addTask { await self.changed(after: seen) }
      await group.next()
      group.cancelAll()
    }
  }

  private func changed(after seen: Int) async {
    let id = lock.withLock {
      nextID += 1
      return nextID
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let resumeNow = lock.withLock {
          if generation > seen || cancelled.remove(id) != nil { return true }
          waiters[id] = continuation
          return false
        }
        if resumeNow { continuation.resume() }
      }
    } onCancel: {
      let waiter = lock.withLock {
        guard let waiter = waiters.removeValue(forKey: id) else {
          cancelled.insert(id)
          return nil as CheckedContinuation<Void, Never>?
        }
        return waiter
      }
      waiter?.resume()
    }
  }
}
