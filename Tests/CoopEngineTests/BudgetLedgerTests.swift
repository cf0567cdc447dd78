import CoopEngine
import Testing

@Suite("Budget ledger")
struct BudgetLedgerTests {
  let directory: TemporaryDirectory
  let path: String

  init() throws {
    directory = try TemporaryDirectory()
    path = directory.file("ledger.sqlite")
  }

  func open(limit: String = "1") throws -> BudgetLedger {
    try BudgetLedger(path: path, edge: "edge-1", defaultLimit: Epsilon(limit))
  }

  @Test("debits add up per dataset and period")
  func debitsAddUp() throws {
    defer { directory.remove() }
    let ledger = try open()
    let first = try ledger.debit(job: "a", epsilon: eps("0.25"), dataset: "hr", period: "2026-11")
    #expect(!first.isReplay && first.status.spent == eps("0.25"))
    _ = try ledger.debit(job: "b", epsilon: eps("0.5"), dataset: "hr", period: "2026-11")
    _ = try ledger.debit(job: "c", epsilon: eps("0.9"), dataset: "hr", period: "2026-12")
    let status = try ledger.status(dataset: "hr", period: "2026-11")
    #expect(status.spent == eps("0.75") && status.remaining == eps("0.25"))
    #expect(status.jobs == 2)
    #expect(try ledger.status(dataset: "other", period: "2026-11").spent == .zero)
  }

  @Test("over budget is refused with the requested and remaining epsilon")
  func overBudget() throws {
    defer { directory.remove() }
    let ledger = try open()
    _ = try ledger.debit(job: "a", epsilon: eps("0.7"), dataset: "hr", period: "p")
    #expect(
      throws: LedgerError.overBudget(
        requested: eps("0.4"), remaining: eps("0.3"), dataset: "hr", period: "p")
    ) {
      try ledger.debit(job: "b", epsilon: eps("0.4"), dataset: "hr", period: "p")
    }
    #expect(try ledger.receipt(job: "b") == nil)
    _ = try ledger.debit(job: "c", epsilon: eps("0.3"), dataset: "hr", period: "p")
    #expect(try ledger.status(dataset: "hr", period: "p").remaining == .zero)
  }

  @Test("a job id is debited once, whatever the retries")
  func idempotentDebit() throws {
    defer { directory.remove() }
    let ledger = try open()
    let first = try ledger.debit(job: "j", epsilon: eps("0.5"), dataset: "hr", period: "p")
    let again = try ledger.debit(job: "j", epsilon: eps("0.5"), dataset: "hr", period: "p")
    #expect(!first.isReplay && again.isReplay)
    #expect(again.status.spent == eps("0.5"))
    #expect(throws: LedgerError.jobMismatch(job: "j")) {
      try ledger.debit(job: "j", epsilon: eps("0.4"), dataset: "hr", period: "p")
    }
  }

  @Test("a job is released at most once, and its bytes can be re-sent")
  func releaseOnce() throws {
    defer { directory.remove() }
    let ledger = try open()
    #expect(throws: LedgerError.unknownJob(job: "j")) { try ledger.markReleased(job: "j") }
    _ = try ledger.debit(job: "j", epsilon: eps("0.5"), dataset: "hr", period: "p")
    #expect(try ledger.releasedResult(job: "j") == nil)
    try ledger.markReleased(job: "j", result: [1, 2, 3])
    #expect(throws: LedgerError.alreadyReleased(job: "j")) { try ledger.markReleased(job: "j") }
    #expect(try ledger.releasedResult(job: "j") == [1, 2, 3])
    #expect(try ledger.receipt(job: "j")?.isReleased == true)
  }

  @Test("a restart after the debit neither forgets the spend nor releases twice")
  func crashRecovery() throws {
    defer { directory.remove() }
    do {
      let ledger = try open()
      _ = try ledger.debit(job: "j", epsilon: eps("0.6"), dataset: "hr", period: "p")
    }  // the process "crashes" here: the connection is dropped without a release
    do {
      let ledger = try open()
      let replay = try ledger.debit(job: "j", epsilon: eps("0.6"), dataset: "hr", period: "p")
      #expect(replay.isReplay && !replay.isReleased && replay.status.spent == eps("0.6"))
      try ledger.markReleased(job: "j", result: [42])
    }
    let ledger = try open()
    let after = try ledger.debit(job: "j", epsilon: eps("0.6"), dataset: "hr", period: "p")
    #expect(after.isReplay && after.isReleased)
    #expect(throws: LedgerError.alreadyReleased(job: "j")) { try ledger.markReleased(job: "j") }
    #expect(try ledger.releasedResult(job: "j") == [42])
    #expect(try ledger.status(dataset: "hr", period: "p").spent == eps("0.6"))
  }

  @Test("per-period limits override the default and never give budget back")
  func limits() throws {
    defer { directory.remove() }
    let ledger = try open()
    _ = try ledger.debit(job: "a", epsilon: eps("0.5"), dataset: "hr", period: "p")
    try ledger.setLimit(eps("0.2"), dataset: "hr", period: "p")
    let status = try ledger.status(dataset: "hr", period: "p")
    #expect(status.limit == eps("0.2") && status.remaining == .zero)
    #expect(throws: LedgerError.self) {
      try ledger.debit(job: "b", epsilon: eps("0.000001"), dataset: "hr", period: "p")
    }
  }

  @Test("a zero debit is refused")
  func zeroDebit() throws {
    defer { directory.remove() }
    #expect(throws: LedgerError.epsilonNotPositive(job: "z")) {
      try open().debit(job: "z", epsilon: .zero, dataset: "hr", period: "p")
    }
  }
}
