import Foundation
import Synchronization
import Testing

@testable import CoopEngine

/// Per-job caps: a job's debits over all its rounds never exceed its approved total ε.
@Suite("Budget ledger job caps")
struct BudgetLedgerJobCapTests {
  let directory: TemporaryDirectory
  let path: String

  init() throws {
    directory = try TemporaryDirectory()
    path = directory.file("ledger.sqlite")
  }

  func open(limit: String = "10") throws -> BudgetLedger {
    try BudgetLedger(path: path, edge: "edge", defaultLimit: Epsilon(limit))
  }

  @Test("a job's rounds add up to its cap, in any period, and no further")
  func roundsAddUpToTheCap() throws {
    defer { directory.remove() }
    let ledger = try open()
    let cap = JobCap(job: "job-a", total: eps("1.2"))
    for round in 1...4 {
      let receipt = try ledger.debit(
        job: "job-a/\(round)", epsilon: eps("0.3"), dataset: "hr", period: round < 3 ? "2026-11" : "2026-12",
        cap: cap)
      #expect(receipt.cap == cap && receipt.jobSpent == eps("0.3") * round)
    }
    #expect(
      throws: LedgerError.overJobCap(job: "job-a", requested: eps("0.3"), spent: eps("1.2"), cap: eps("1.2"))
    ) {
      try ledger.debit(job: "job-a/5", epsilon: eps("0.3"), dataset: "hr", period: "2026-12", cap: cap)
    }
    #expect(try ledger.receipt(job: "job-a/5") == nil)
    #expect(try ledger.spent(byJob: "job-a") == eps("1.2"))
    // Another job, and uncapped debits, are not counted against it.
    _ = try ledger.debit(job: "run-1", epsilon: eps("2"), dataset: "hr", period: "2026-12")
    _ = try ledger.debit(
      job: "job-b/1", epsilon: eps("0.3"), dataset: "hr", period: "2026-12", cap: JobCap(job: "job-b", total: eps("0.6")))
    #expect(try ledger.spent(byJob: "job-a") == eps("1.2"))
    #expect(try ledger.spent(byJob: "job-b") == eps("0.3"))
    #expect(try ledger.status(dataset: "hr", period: "2026-12").spent == eps("2.9"))
  }

  @Test("the refusal says what was requested, what the job spent and its cap")
  func refusalMessage() throws {
    defer { directory.remove() }
    let ledger = try open()
    let cap = JobCap(job: "job-a", total: eps("0.5"))
    _ = try ledger.debit(job: "job-a/1", epsilon: eps("0.4"), dataset: "hr", period: "p", cap: cap)
    do {
      _ = try ledger.debit(job: "job-a/2", epsilon: eps("0.4"), dataset: "hr", period: "p", cap: cap)
      Issue.record("the debit past the cap was granted")
    } catch {
      #expect(
        error.description
          == "over the approved total of job job-a: requested epsilon 0.4, already spent by the job 0.4, cap 0.5")
    }
  }

  @Test("the first capped debit fixes the cap; another total is refused")
  func capMismatch() throws {
    defer { directory.remove() }
    let ledger = try open()
    _ = try ledger.debit(
      job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: JobCap(job: "job-a", total: eps("0.6")))
    #expect(throws: LedgerError.capMismatch(job: "job-a", requested: eps("3"), recorded: eps("0.6"))) {
      try ledger.debit(
        job: "job-a/2", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: JobCap(job: "job-a", total: eps("3")))
    }
    #expect(try ledger.spent(byJob: "job-a") == eps("0.3"))
  }

  @Test("a retried round counts once; retried under another cap it is refused")
  func replays() throws {
    defer { directory.remove() }
    let ledger = try open()
    let cap = JobCap(job: "job-a", total: eps("0.6"))
    _ = try ledger.debit(job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    let again = try ledger.debit(job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    #expect(again.isReplay && again.cap == cap && again.jobSpent == eps("0.3"))
    #expect(throws: LedgerError.jobMismatch(job: "job-a/1")) {
      try ledger.debit(job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p")
    }
    #expect(throws: LedgerError.jobMismatch(job: "job-a/1")) {
      try ledger.debit(
        job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: JobCap(job: "job-b", total: eps("0.6")))
    }
    #expect(try ledger.spent(byJob: "job-a") == eps("0.3"))
  }

  @Test("the period's limit still applies to capped debits")
  func periodLimitToo() throws {
    defer { directory.remove() }
    let ledger = try open(limit: "0.5")
    let cap = JobCap(job: "job-a", total: eps("0.9"))
    _ = try ledger.debit(job: "job-a/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    #expect(
      throws: LedgerError.overBudget(requested: eps("0.3"), remaining: eps("0.2"), dataset: "hr", period: "p")
    ) {
      try ledger.debit(job: "job-a/2", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    }
    #expect(try ledger.spent(byJob: "job-a") == eps("0.3"))
  }

  @Test("a version 1 ledger is upgraded: its JOB/ROUND debits count against their job's cap")
  func migration() throws {
    defer { directory.remove() }
    // A file as version 1 wrote it: its schema, then debits of a job's two rounds and others.
    let connection = try SQLiteConnection(path: path)
    try connection.execute("CREATE TABLE ledger_schema (version INTEGER NOT NULL);" + BudgetLedger.schemaV1)
    try connection.execute(
      """
      INSERT INTO debits (edge, job, dataset, period, epsilon_micros, debited_at, released_at) VALUES
        ('edge', 'job-a/1', 'hr', 'p', 300000, 1, 2),
        ('edge', 'job-a/2', 'hr', 'p', 300000, 3, NULL),
        ('edge', 'run-1', 'hr', 'p', 200000, 4, 5),
        ('edge', 'odd/round', 'hr', 'p', 100000, 6, 7);
      """)
    let ledger = try open()
    let versions = try connection.prepare("SELECT group_concat(version) FROM ledger_schema")
    #expect(try versions.step() && versions.text(0) == "1,2")
    #expect(try ledger.spent(byJob: "job-a") == eps("0.6"))
    #expect(try ledger.spent(byJob: "run-1") == .zero && ledger.spent(byJob: "odd") == .zero)
    #expect(try ledger.status(dataset: "hr", period: "p").spent == eps("0.9"))
    // Round 2 crashed before the upgrade: run again, it is the same debit.
    let cap = JobCap(job: "job-a", total: eps("0.9"))
    let replay = try ledger.debit(job: "job-a/2", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    #expect(replay.isReplay && !replay.isReleased)
    _ = try ledger.debit(job: "job-a/3", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    #expect(
      throws: LedgerError.overJobCap(job: "job-a", requested: eps("0.3"), spent: eps("0.9"), cap: eps("0.9"))
    ) {
      try ledger.debit(job: "job-a/4", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    }
    // Opening it again applies nothing twice.
    _ = try open()
    let again = try connection.prepare("SELECT COUNT(*) FROM ledger_schema")
    #expect(try again.step() && again.integer(0) == 2)
  }

  @Test("a ledger from a newer build is refused")
  func newerSchema() throws {
    defer { directory.remove() }
    _ = try open()
    try SQLiteConnection(path: path).execute("INSERT INTO ledger_schema (version) VALUES (3)")
    #expect(throws: LedgerError.unsupportedSchema(version: 3)) { try open() }
  }
}

/// Threads racing on one job's rounds: exactly the cap is granted.
@Suite("Budget ledger job caps under concurrency")
struct BudgetLedgerJobCapConcurrencyTests {
  @Test("threads debiting one job's rounds never pass its cap")
  func parallelRounds() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    _ = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
    let granted = Mutex(0)
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      do {
        let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
        for attempt in 0..<40 {
          do {
            _ = try ledger.debit(
              job: "job/\(thread * 40 + attempt + 1)", epsilon: eps("0.01"), dataset: "hr", period: "p",
              cap: JobCap(job: "job", total: eps("0.3")))
            granted.withLock { $0 += 1 }
          } catch LedgerError.overJobCap {
            continue
          }
        }
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    #expect(granted.withLock { $0 } == 30)
    let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
    #expect(try ledger.spent(byJob: "job") == eps("0.3"))
    #expect(try ledger.status(dataset: "hr", period: "p").jobs == 30)
  }

  @Test("two capped jobs and the period's limit, checked together")
  func capsAndPeriodTogether() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    _ = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("0.6"))
    let refusals = Mutex<[String: Int]>([:])
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      do {
        let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("0.6"))
        for attempt in 0..<40 {
          let job = (thread + attempt) % 2 == 0 ? "a" : "b"
          do {
            _ = try ledger.debit(
              job: "\(job)/\(thread)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "p",
              cap: JobCap(job: job, total: eps("0.4")))
          } catch LedgerError.overJobCap {
            refusals.withLock { $0["cap", default: 0] += 1 }
          } catch LedgerError.overBudget {
            refusals.withLock { $0["period", default: 0] += 1 }
          }
        }
      } catch {
        failures.withLock { $0.append("\(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("0.6"))
    let status = try ledger.status(dataset: "hr", period: "p")
    #expect(status.spent == eps("0.6") && status.jobs == 60)
    let a = try ledger.spent(byJob: "a"), b = try ledger.spent(byJob: "b")
    #expect(a <= eps("0.4") && b <= eps("0.4") && a.micros + b.micros == eps("0.6").micros)
    #expect(refusals.withLock { ($0["cap"] ?? 0) + ($0["period"] ?? 0) } == 320 - 60)
  }
}

extension Epsilon {
  /// `self` times `n` (tests only).
  fileprivate static func * (lhs: Epsilon, n: Int) -> Epsilon {
    (try? Epsilon(micros: lhs.micros * Int64(n))) ?? .zero
  }
}
