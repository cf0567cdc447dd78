import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation

@testable import CoopHub

/// Edge agents talking to the fixture's hub over loopback.
extension HubFixture {
  /// The manifest edges' policies admit: schema mobility, ε 0.5, one round.
  static let edgeManifest =
    #"{"epsilon":"0.5","min_group":5,"reads":["employees.mode"],"rounds":1,"schema":"mobility"}"#

  /// The answer interval of the fixture's policies: short, so that tests do not wait the
  /// production default, but not zero, so that every answer goes through the schedule.
  static let answerInterval: Duration = .milliseconds(50)

  /// A policy admitting `test.*` on mobility, up to ε 1 per job and `period` per month.
  static func policy(
    algorithms: [String] = ["test.*"], period: String = "2", neverRead: [String] = [],
    lifetime: String? = nil, answerInterval: Duration = HubFixture.answerInterval
  ) throws -> EdgePolicy {
    EdgePolicy(
      schemas: ["mobility"], algorithms: algorithms, maxEpsilonPerJob: try Epsilon("1"),
      maxEpsilonPerPeriod: try Epsilon(period), localMinGroup: nil, neverRead: neverRead,
      maxEpsilonLifetime: try lifetime.map { try Epsilon($0) }, answerInterval: answerInterval)
  }

  /// The agent of edge `index`, its ledger and audit log in the fixture's directory.
  func agent(
    _ index: Int, port: Int, policy: EdgePolicy, runner: any ScriptRunner,
    log: @escaping @Sendable (String) -> Void = { _ in },
    clock: any AgentClock = SystemAgentClock()
  ) throws -> EdgeAgent {
    try EdgeAgent(
      key: edges[index], hub: URL(string: "http://127.0.0.1:\(port)")!,
      hubKey: service.key.publicKey, board: board, policy: policy, dataset: "mobility",
      store: directory + "/store-\(index).sqlite",
      ledgerPath: directory + "/ledger-\(index).sqlite",
      auditLog: directory + "/audit-\(index).log", runner: runner, log: log, clock: clock)
  }
}
