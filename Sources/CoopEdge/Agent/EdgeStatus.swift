import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// What an edge has done: its budget this month, its recent jobs and its refusals, read from its
/// ledger and its (verified) audit log — `coop edge status`.
public struct EdgeStatus: Sendable {
  /// The budget of the current period.
  public var budget: BudgetStatus
  /// What the dataset's debits add up to over every period, and the policy's lifetime cap.
  public var lifetime: (spent: Epsilon, cap: Epsilon?)
  /// Recent audit entries about jobs (debit, execute, release, refuse), newest last.
  public var recent: [AuditEntry]
  /// Every refusal in the log, newest last.
  public var refusals: [AuditEntry]

  /// Reads the status of the edge configured in `configuration`, keeping the last `limit` entries.
  public static func read(_ configuration: EdgeConfiguration, limit: Int = 20, now: Date = Date()) throws -> EdgeStatus {
    let key = try SecretKeyFile.read(configuration.keyFile, roles: [.edge]).key
    let ledger = try BudgetLedger(
      path: configuration.ledger, edge: EdgeAgent.ledgerNamespace,
      defaultLimit: configuration.policy.maxEpsilonPerPeriod,
      lifetimeLimit: configuration.policy.maxEpsilonLifetime)
    let budget = try ledger.status(dataset: configuration.dataset, period: BudgetPeriod.month(of: now))
    let lifetime = try ledger.spent(overLifetimeOf: configuration.dataset)
    let entries =
      FileManager.default.fileExists(atPath: configuration.auditLog)
      ? try AuditLog(path: configuration.auditLog).verify(keys: [key.publicKey]) : []
    let jobs = entries.filter { [.budgetDebit, .execute, .release, .refuse].contains($0.kind) }
    return EdgeStatus(
      budget: budget, lifetime: (lifetime, ledger.lifetimeLimit), recent: Array(jobs.suffix(limit)), refusals: entries.filter { $0.kind == .refuse })
  }

  /// A report for people.
  public var text: String {
    var out = "budget \(budget.period) for \(budget.dataset): spent \(budget.spent) of \(budget.limit), remaining \(budget.remaining) (\(budget.jobs) job(s))\n"
    out += "lifetime: spent \(lifetime.spent)" + (lifetime.cap.map { " of a cap of \($0)" } ?? " (no lifetime cap)") + "\n"
    out += recent.isEmpty ? "no job yet\n" : "recent:\n"
    for entry in recent {
      let details = entry.payload.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
      out += "  \(entry.time.text)  \(entry.kind.rawValue)  \(details)\n"
    }
    out += refusals.isEmpty ? "no refusal\n" : "refusals (\(refusals.count)):\n"
    for entry in refusals.suffix(20) {
      out += "  \(entry.time.text)  job \(entry.payload["job"] ?? "?") round \(entry.payload["round"] ?? "?"): \(entry.payload["reason"] ?? "")\n"
    }
    return out
  }
}
