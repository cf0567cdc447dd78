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
    let capped = environment[Self.modeVariable] == "job-cap"
    let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
    for attempt in 0..<Self.attemptsPerWorker {
      do {
        if capped {
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
