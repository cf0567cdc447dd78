import CoopCrypto
import CoopGovernance
import Foundation

/// The hub's domain logic behind the routes: who is who, bundles, jobs, results and rounds.
public final class HubService: Sendable {
  /// The configuration read at start.
  public let configuration: HubConfiguration
  /// The hub's key: results are sealed to it.
  public let key: SecretKey
  /// The board whose approvals count, if configured.
  public let board: Board?
  /// The store.
  let store: HubStore
  /// Wakes long-polling edges.
  let signal = ChangeSignal()
  /// Request and result counters.
  let metrics = HubMetrics()
  /// Computes the next round's parameters, when the lead's `combine` evaluator is linked.
  let combiner: (any RoundCombiner)?
  /// Checks jobs' parameters against their scripts, when the hub can check scripts.
  let parameterChecker: (any ParameterChecker)?
  /// The clock, in seconds since the epoch (replaceable in tests).
  let clock: @Sendable () -> Int64
  /// The hub's signed audit log (`DIR/audit.log`), if it keeps one.
  let audit: AuditLog?

  /// A service over an opened store.
  public init(
    configuration: HubConfiguration, key: SecretKey, board: Board?, store: HubStore,
    combiner: (any RoundCombiner)? = nil, parameterChecker: (any ParameterChecker)? = nil,
    audit: AuditLog? = nil,
    clock: @escaping @Sendable () -> Int64 = { Timestamp.now().secondsSinceEpoch }
  ) {
    self.audit = audit
    self.configuration = configuration
    self.key = key
    self.board = board
    self.store = store
    self.combiner = combiner
    self.parameterChecker = parameterChecker
    self.clock = clock
  }

  /// The principal holding key id `id`: a board member, an operator, or a registered key.
  func principal(id: String) async throws -> Principal? {
    if let board, let keyID = try? KeyID(text: id), let member = board.member(keyID) {
      return Principal(key: member.key, role: .board, name: member.owner.name)
    }
    for entry in configuration.operators {
      if let key = try? PublicKey(base64: entry.key), key.id.text == id {
        return Principal(key: key, role: .operator, name: entry.name)
      }
    }
    return try await store.perform { try $0.principal(id: id) }
  }

  /// Appends a hub act (submit, approve, revoke, dispatch) to the audit log, signed by the
  /// hub, on the store's queue so that entries are written one at a time.
  func record(_ kind: AuditKind, _ payload: [String: String]) async throws {
    guard let audit else { return }
    let key = self.key
    try await store.perform { _ in _ = try audit.append(kind, payload: payload, signer: key) }
  }

  /// The current time as a timestamp.
  var now: Timestamp { Timestamp(secondsSinceEpoch: clock()) }
}
