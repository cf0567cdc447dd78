import CoopEngine
import Foundation
import Testing

/// Several processes debiting one ledger file: the test binary re-runs itself as workers.
@Suite("Budget ledger across processes")
struct BudgetLedgerProcessTests {
  static let pathVariable = "COOP_LEDGER_WORKER_PATH"
  static let idVariable = "COOP_LEDGER_WORKER_ID"
  static let attemptsPerWorker = 40

  @Test("ledger worker (idle unless spawned by the test below)")
  func ledgerWorker() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let path = environment[Self.pathVariable], let id = environment[Self.idVariable] else {
      return
    }
    let ledger = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
    for attempt in 0..<Self.attemptsPerWorker {
      do {
        _ = try ledger.debit(
          job: "w\(id)-\(attempt)", epsilon: eps("0.01"), dataset: "hr", period: "p")
      } catch LedgerError.overBudget {
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
      _ = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
      let workers = (0..<4).map { id in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ledgerWorker"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.pathVariable] = path
        environment[Self.idVariable] = String(id)
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
      let status = try BudgetLedger(path: path, edge: "e", defaultLimit: eps("1"))
        .status(dataset: "hr", period: "p")
      #expect(status.spent == eps("1") && status.jobs == 100)
    }
  #endif
}
