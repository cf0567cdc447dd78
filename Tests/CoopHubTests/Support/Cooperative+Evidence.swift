import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation

/// What the parties keep on disk, read back as evidence: each edge's ledger (its debits and the
/// sealed bytes it released), its signed audit log, and the answers the hub stored.
extension Cooperative {
  /// One row of an edge's ledger.
  struct Debit: Equatable {
    var job: String
    var epsilon: Epsilon
    var released: Bool
  }

  /// Every debit in edge `index`'s ledger, by job.
  func debits(edge index: Int) throws -> [Debit] {
    let connection = try SQLiteConnection(path: edges[index].ledger)
    let statement = try connection.prepare(
      "SELECT job, epsilon_micros, released_at IS NOT NULL FROM debits ORDER BY job")
    var rows: [Debit] = []
    while try statement.step() {
      rows.append(
        Debit(
          job: statement.text(0) ?? "", epsilon: try Epsilon(micros: statement.integer(1)),
          released: statement.integer(2) == 1))
    }
    return rows
  }

  /// The sealed bytes edge `index`'s ledger holds for `job`'s `round` (what it sent or will re-send).
  func releasedBox(edge index: Int, job: String, round: Int) throws -> [UInt8]? {
    let ledger = try BudgetLedger(
      path: edges[index].ledger, edge: EdgeAgent.ledgerNamespace, defaultLimit: try Epsilon("1"))
    guard try ledger.receipt(job: "\(job)/\(round)") != nil else { return nil }
    return try ledger.releasedResult(job: "\(job)/\(round)")
  }

  /// The table edge `index` released for `job`'s `round`, opened from its ledger's sealed bytes
  /// with the hub's secret key; checks the box is signed by that edge and bound to that round.
  func releasedTable(edge index: Int, job: String, round: Int) throws -> ReleaseTable {
    guard let box = try releasedBox(edge: index, job: job, round: round) else {
      throw CooperativeError.unexpected("edge \(index) released nothing for \(job)/\(round)")
    }
    let hubKey = try SecretKeyFile.read(directory + "/hub/hub.key", roles: [.hub]).key
    let message = try SignedSealedBox.open(box, with: hubKey, from: edgeKeys[index].publicKey)
    let envelope = try JSONDecoder().decode(ResultEnvelope.self, from: Data(message))
    guard envelope.job == job, envelope.round == round, envelope.edge == edgeKeys[index].id.text
    else { throw CooperativeError.unexpected("edge \(index)'s box is bound to \(envelope.job)/\(envelope.round)") }
    return envelope.table
  }

  /// The sealed boxes the hub stored for `edge`'s answers to `job`'s `round` (nil for a refusal).
  func hubAnswers(job: String, round: Int, edge index: Int) throws -> [[UInt8]?] {
    let connection = try SQLiteConnection(path: directory + "/hub/hub.sqlite")
    let statement = try connection.prepare(
      "SELECT sealed FROM results WHERE job = ? AND round = ? AND edge = ?"
    ).bind(.text(job), .integer(Int64(round)), .text(edgeKeys[index].id.text))
    var boxes: [[UInt8]?] = []
    while try statement.step() { boxes.append(statement.blob(0)) }
    return boxes
  }

  /// The hub's audit log, its chain and signatures verified against the hub's public key.
  func hubAudit() throws -> [AuditEntry] {
    let key = try PublicKeyFile.read(directory + "/hub/hub.pub").key
    return try AuditLog(path: directory + "/hub/audit.log").verify(keys: [key])
  }

  /// Edge `index`'s audit log, its chain and signatures verified.
  func audit(edge index: Int) throws -> [AuditEntry] {
    try AuditLog(path: edges[index].auditLog).verify(keys: [edgeKeys[index].publicKey])
  }
}

/// Audit evidence of what an edge did for one job.
extension Cooperative {
  /// The rounds of `job` edge `index` executed, in the order its audit log records them.
  func executedRounds(edge index: Int, job: String) throws -> [Int] {
    try audit(edge: index).filter { $0.kind == .execute }.compactMap { entry in
      guard let name = entry.payload["job"], name.hasPrefix(job + "/") else { return nil }
      return Int(name.dropFirst(job.count + 1))
    }
  }

  /// The reasons of edge `index`'s refusals of `job`, as its audit log records them.
  func refusals(edge index: Int, job: String) throws -> [String] {
    try audit(edge: index).filter { $0.kind == .refuse && $0.payload["job"] == job }
      .compactMap { $0.payload["reason"] }
  }

  /// How many entries of `kind` edge `index`'s audit log holds for `ledgerJob` (`job/round`).
  func auditCount(_ kind: AuditKind, edge index: Int, ledgerJob: String) throws -> Int {
    try audit(edge: index).filter { $0.kind == kind && $0.payload["job"] == ledgerJob }.count
  }
}
