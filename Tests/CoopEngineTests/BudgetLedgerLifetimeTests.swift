import CoopEngine
import Foundation
import Synchronization
import Testing

/// The optional lifetime cap: a dataset's debits over every period never exceed it, checked in
/// the debit's transaction with the period's limit and the job's cap.
@Suite("Budget ledger lifetime cap")
struct BudgetLedgerLifetimeTests {
  let directory: TemporaryDirectory
  let path: String

  init() throws {
    directory = try TemporaryDirectory()
    path = directory.file("ledger.sqlite")
  }

  func open(limit: String = "4", lifetime: String? = "10") throws -> BudgetLedger {
    try BudgetLedger(
      path: path, edge: "edge", defaultLimit: Epsilon(limit), lifetimeLimit: lifetime.map { try Epsilon($0) })
  }

  @Test("monthly budgets add up to the lifetime cap across months, and no further")
  func monthsAddUpToTheCap() throws {
    defer { directory.remove() }
    let ledger = try open()
    // Four months of the default budget of 4 would be 16; the cap stops them at 10.
    for (index, month) in ["2026-01", "2026-02"].enumerated() {
      for job in 1...4 {
        _ = try ledger.debit(job: "\(month)-\(job)", epsilon: eps("1"), dataset: "hr", period: month)
      }
      #expect(try ledger.spent(overLifetimeOf: "hr") == eps(String(4 * (index + 1))))
    }
    _ = try ledger.debit(job: "2026-03-1", epsilon: eps("1.5"), dataset: "hr", period: "2026-03")
    #expect(
      throws: LedgerError.overLifetime(requested: eps("1"), spent: eps("9.5"), cap: eps("10"), dataset: "hr")
    ) {
      try ledger.debit(job: "2026-03-2", epsilon: eps("1"), dataset: "hr", period: "2026-03")
    }
    #expect(try ledger.receipt(job: "2026-03-2") == nil)
    _ = try ledger.debit(job: "2026-03-3", epsilon: eps("0.5"), dataset: "hr", period: "2026-03")
    // Spent exactly: nothing more, in this month or any later one.
    for month in ["2026-03", "2026-04", "2031-12"] {
      #expect(throws: LedgerError.self) {
        try ledger.debit(job: "\(month)-late", epsilon: eps("0.000001"), dataset: "hr", period: month)
      }
    }
    #expect(try ledger.spent(overLifetimeOf: "hr") == eps("10"))
    #expect(try ledger.status(dataset: "hr", period: "2026-04").spent == .zero)
  }

  @Test("the refusal says what was requested, what was spent over the lifetime and the cap")
  func refusalMessage() throws {
    defer { directory.remove() }
    let ledger = try open(lifetime: "1.2")
    _ = try ledger.debit(job: "a", epsilon: eps("1"), dataset: "mobility", period: "2026-11")
    do {
      _ = try ledger.debit(job: "b", epsilon: eps("0.5"), dataset: "mobility", period: "2026-12")
      Issue.record("the debit past the lifetime cap was granted")
    } catch {
      #expect(
        error.description
          == "over the lifetime cap for mobility: requested epsilon 0.5, already spent over the lifetime 1, cap 1.2")
    }
  }

  @Test("each dataset has its own lifetime; other edges' debits do not count")
  func perDataset() throws {
    defer { directory.remove() }
    let ledger = try open(lifetime: "1")
    _ = try ledger.debit(job: "a", epsilon: eps("1"), dataset: "hr", period: "p")
    _ = try ledger.debit(job: "b", epsilon: eps("1"), dataset: "mobility", period: "p")
    let other = try BudgetLedger(path: path, edge: "other", defaultLimit: eps("4"), lifetimeLimit: eps("1"))
    _ = try other.debit(job: "a", epsilon: eps("1"), dataset: "hr", period: "p")
    #expect(throws: LedgerError.self) {
      try ledger.debit(job: "c", epsilon: eps("0.1"), dataset: "hr", period: "q")
    }
    #expect(try ledger.spent(overLifetimeOf: "hr") == eps("1"))
  }

  @Test("a retry is a replay, not a second debit, even once the cap is reached")
  func replays() throws {
    defer { directory.remove() }
    let ledger = try open(lifetime: "0.5")
    _ = try ledger.debit(job: "a", epsilon: eps("0.5"), dataset: "hr", period: "p")
    let again = try ledger.debit(job: "a", epsilon: eps("0.5"), dataset: "hr", period: "p")
    #expect(again.isReplay)
    #expect(try ledger.spent(overLifetimeOf: "hr") == eps("0.5"))
  }

  @Test("the job cap and the period's limit still apply under a lifetime cap")
  func otherLimitsToo() throws {
    defer { directory.remove() }
    let ledger = try open(limit: "0.5", lifetime: "2")
    let cap = JobCap(job: "job", total: eps("0.6"))
    _ = try ledger.debit(job: "job/1", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    #expect(
      throws: LedgerError.overBudget(requested: eps("0.3"), remaining: eps("0.2"), dataset: "hr", period: "p")
    ) {
      try ledger.debit(job: "job/2", epsilon: eps("0.3"), dataset: "hr", period: "p", cap: cap)
    }
    _ = try ledger.debit(job: "job/2", epsilon: eps("0.3"), dataset: "hr", period: "q", cap: cap)
    #expect(
      throws: LedgerError.overJobCap(job: "job", requested: eps("0.3"), spent: eps("0.6"), cap: eps("0.6"))
    ) {
      try ledger.debit(job: "job/3", epsilon: eps("0.3"), dataset: "hr", period: "r", cap: cap)
    }
    #expect(try ledger.spent(overLifetimeOf: "hr") == eps("0.6"))
  }

  @Test("without a cap the lifetime grows with every month; a cap set later counts what was spent")
  func capSetLater() throws {
    defer { directory.remove() }
    let uncapped = try open(lifetime: nil)
    for month in 1...12 {
      _ = try uncapped.debit(job: "m\(month)", epsilon: eps("4"), dataset: "hr", period: "2026-\(month)")
    }
    #expect(try uncapped.spent(overLifetimeOf: "hr") == eps("48"))
    let capped = try open(lifetime: "50")
    _ = try capped.debit(job: "m13", epsilon: eps("2"), dataset: "hr", period: "2027-01")
    #expect(
      throws: LedgerError.overLifetime(requested: eps("0.1"), spent: eps("50"), cap: eps("50"), dataset: "hr")
    ) {
      try capped.debit(job: "m14", epsilon: eps("0.1"), dataset: "hr", period: "2027-02")
    }
  }
}

/// Threads racing across months against one lifetime cap: exactly the cap is granted.
@Suite("Budget ledger lifetime cap under concurrency")
struct BudgetLedgerLifetimeConcurrencyTests {
  /// What a race did: debits granted, refusals by kind (`job`, `period`, `lifetime`), and any
  /// other error.
  struct Race {
    var granted = 0
    var refusals: [String: Int] = [:]
    var failures: [String] = []
  }

  /// 8 threads of 40 debits each, every thread on its own connection from `open`;
  /// `debit(ledger, thread, attempt)` makes one.
  static func race(
    open: @Sendable () throws -> BudgetLedger,
    _ debit: @Sendable (BudgetLedger, Int, Int) throws -> Void
  ) -> Race {
    let race = Mutex(Race())
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      do {
        let ledger = try open()
        for attempt in 0..<40 {
          do {
            try debit(ledger, thread, attempt)
            race.withLock { $0.granted += 1 }
          } catch LedgerError.overJobCap {
            race.withLock { $0.refusals["job", default: 0] += 1 }
          } catch LedgerError.overBudget {
            race.withLock { $0.refusals["period", default: 0] += 1 }
          } catch LedgerError.overLifetime {
            race.withLock { $0.refusals["lifetime", default: 0] += 1 }
          }
        }
      } catch {
        race.withLock { $0.failures.append("\(error)") }
      }
    }
    return race.withLock { $0 }
  }

  @Test("threads debiting over four months never pass the lifetime cap")
  func parallelMonths() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    let open: @Sendable () throws -> BudgetLedger = {
      try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"), lifetimeLimit: eps("0.3"))
    }
    _ = try open()
    let race = Self.race(open: open) { ledger, thread, attempt in
      _ = try ledger.debit(
        job: "t\(thread)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "m\(attempt % 4)")
    }
    #expect(race.failures == [])
    #expect(race.granted == 30 && race.refusals == ["lifetime": 320 - 30])
    #expect(try open().spent(overLifetimeOf: "hr") == eps("0.3"))
  }

  @Test("the lifetime cap, the period's limit and job caps, checked together")
  func everyLimitTogether() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("ledger.sqlite")
    // Two months of 0.3 each, jobs capped at 0.25, a lifetime of 0.5: the lifetime binds.
    let open: @Sendable () throws -> BudgetLedger = {
      try BudgetLedger(path: path, edge: "e", defaultLimit: eps("0.3"), lifetimeLimit: eps("0.5"))
    }
    _ = try open()
    let race = Self.race(open: open) { ledger, thread, attempt in
      let job = ["a", "b", "c"][(thread + attempt) % 3]
      _ = try ledger.debit(
        job: "\(job)/\(thread)-\(attempt)", epsilon: eps("0.01"), dataset: "hr",
        period: attempt % 2 == 0 ? "2026-11" : "2026-12", cap: JobCap(job: job, total: eps("0.25")))
    }
    #expect(race.failures == [])
    let ledger = try open()
    #expect(race.granted == 50)
    #expect(try ledger.spent(overLifetimeOf: "hr") == eps("0.5"))
    for month in ["2026-11", "2026-12"] {
      #expect(try ledger.status(dataset: "hr", period: month).spent <= eps("0.3"))
    }
    for job in ["a", "b", "c"] { #expect(try ledger.spent(byJob: job) <= eps("0.25")) }
    #expect(race.refusals.values.reduce(0, +) == 320 - 50)
    #expect((race.refusals["lifetime"] ?? 0) > 0)
  }
}
