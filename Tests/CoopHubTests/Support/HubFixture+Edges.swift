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

  /// A policy admitting `test.*` on mobility, up to ε 1 per job and `period` per month.
  static func policy(
    algorithms: [String] = ["test.*"], period: String = "2", neverRead: [String] = []
  ) throws -> EdgePolicy {
    EdgePolicy(
      schemas: ["mobility"], algorithms: algorithms, maxEpsilonPerJob: try Epsilon("1"),
      maxEpsilonPerPeriod: try Epsilon(period), localMinGroup: nil, neverRead: neverRead)
  }

  /// The agent of edge `index`, its ledger and audit log in the fixture's directory.
  func agent(
    _ index: Int, port: Int, policy: EdgePolicy, runner: any ScriptRunner,
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) throws -> EdgeAgent {
    try EdgeAgent(
      key: edges[index], hub: URL(string: "http://127.0.0.1:\(port)")!,
      hubKey: service.key.publicKey, board: board, policy: policy, dataset: "mobility",
      store: directory + "/store-\(index).sqlite",
      ledgerPath: directory + "/ledger-\(index).sqlite",
      auditLog: directory + "/audit-\(index).log", runner: runner, log: log)
  }
}
