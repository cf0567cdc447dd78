import CoopEngine
import Foundation
import Synchronization
import Testing

@Suite("Budget ledger under concurrency")
struct BudgetLedgerConcurrencyTests {
  @Test("threads with their own connections never overspend")
  func parallelDebits() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    _ = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
    let granted = Mutex(0)
    let refused = Mutex(0)
    let failures = Mutex<[String]>([])
    let threads = 8
    let attemptsPerThread = 40
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      do {
        let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
        for attempt in 0..<attemptsPerThread {
          do {
            _ = try ledger.debit(
              job: "t\(thread)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "p")
            granted.withLock { $0 += 1 }
          } catch LedgerError.overBudget {
            refused.withLock { $0 += 1 }
          }
        }
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    #expect(granted.withLock { $0 } == 100)
    #expect(refused.withLock { $0 } == threads * attemptsPerThread - 100)
    let status = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      .status(dataset: "hr", period: "p")
    #expect(status.spent == eps("1") && status.jobs == 100)
  }

  @Test("the same job debited from many threads counts once")
  func parallelReplays() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    let fresh = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      guard let ledger = try? BudgetLedger(path: path, edge: "e", defaultLimit: eps("1")),
        let receipt = try? ledger.debit(
          job: "same", epsilon: eps("0.3"), dataset: "hr", period: "p")
      else { return }
      if !receipt.isReplay { fresh.withLock { $0 += 1 } }
    }
    #expect(fresh.withLock { $0 } == 1)
    let status = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      .status(dataset: "hr", period: "p")
    #expect(status.spent == eps("0.3"))
  }
}
