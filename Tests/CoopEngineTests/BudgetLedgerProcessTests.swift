import CoopEngine
import Foundation
import Testing

/// Several processes debiting one ledger file: the test binary re-runs itself as workers.
@Suite("Budget ledger across processes")
struct BudgetLedgerProcessTests {
  static let pathVariable = "COOP_LEDGER_WORKER_PATH"
  static let idVariable = "COOP_LEDGER_WORKER_ID"
  static let modeVariable = "COOP_LEDGER_WORKER_MODE"
  static let attemptsPerWorker = 40

  @Test("ledger worker (idle unless spawned by the tests below)")
  func ledgerWorker() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let path = environment[Self.pathVariable], let id = environment[Self.idVariable] else {
      return
    }
    let mode = environment[Self.modeVariable]
    let capped = mode == "job-cap"
    let lifetime = mode == "lifetime" ? eps("0.5") : nil
    let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"), lifetimeLimit: lifetime)
    for attempt in 0..<Self.attemptsPerWorker {
      do {
        if lifetime != nil {
          // Debits over four months, a lifetime of 0.5 under a limit of 1 a month.
          _ = try ledger.debit(
            job: "w\(id)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "m\(attempt % 4)")
        } else if capped {
          // Rounds of one job, capped at 0.5 under a period limit of 1.
          _ = try ledger.debit(
            job: "job/\(id)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "p",
            cap: JobCap(job: "job", total: eps("0.5")))
        } else {
          _ = try ledger.debit(
            job: "w\(id)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "p")
        }
      } catch LedgerError.overBudget {
        continue
      } catch LedgerError.overJobCap {
        continue
      } catch LedgerError.overLifetime {
        continue
      }
    }
  }

  #if os(Linux)
    @Test("processes with their own connections never overspend")
    func parallelProcesses() throws {
      guard ProcessInfo.processInfo.environment[Self.pathVariable] == nil else { return }
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let path = directory.file("ledger.sqlite")
      try Self.race(path: path, mode: "period")
      let status = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
        .status(dataset: "hr", period: "p")
      #expect(status.spent == eps("1") && status.jobs == 100)
    }

    @Test("processes debiting one job's rounds never pass its cap")
    func parallelProcessesOneJob() throws {
      guard ProcessInfo.processInfo.environment[Self.pathVariable] == nil else { return }
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let path = directory.file("ledger.sqlite")
      try Self.race(path: path, mode: "job-cap")
      let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      #expect(try ledger.spent(byJob: "job") == eps("0.5"))
      let status = try ledger.status(dataset: "hr", period: "p")
      #expect(status.spent == eps("0.5") && status.jobs == 50)
    }

    @Test("processes debiting over several months never pass the lifetime cap")
    func parallelProcessesLifetime() throws {
      guard ProcessInfo.processInfo.environment[Self.pathVariable] == nil else { return }
      let directory = try TemporaryDirectory()
      defer { directory.remove() }
      let path = directory.file("ledger.sqlite")
      try Self.race(path: path, mode: "lifetime")
      let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      #expect(try ledger.spent(overLifetimeOf: "hr") == eps("0.5"))
      let jobs = try (0..<4).map { try ledger.status(dataset: "hr", period: "m\($0)").jobs }
      #expect(jobs.reduce(0, +) == 50)
    }

    /// Four worker processes of this test binary, each debiting the file at `path` in `mode`.
    static func race(path: String, mode: String) throws {
      _ = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      let workers = (0..<4).map { id in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ledgerWorker"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.pathVariable] = path
        environment[Self.idVariable] = String(id)
        environment[Self.modeVariable] = mode
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
      }
      for worker in workers { try worker.run() }
      for worker in workers {
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 0)
      }
    }
  #endif
}
