import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation

/// An edge node's agent: long-polls the hub for rounds to answer and answers each one —
/// verify the bundle against the pinned board, check the local policy, debit the budget
/// ledger, execute, seal the result to the hub and post it — writing every step to its signed
/// audit log. Edges open every connection, so they work behind a company firewall.
///
/// Restart-safe: a round whose result the ledger marks released is re-sent byte for byte, never
/// run again; a round debited but not released runs again without a second debit.
///
/// Answers leave on the policy's schedule (`AnswerSchedule`): the tasks of one poll are answered
/// in turn, then posted together at `received + k·T`, the first multiple of T after they are all
/// ready, so that the time the hub receives them does not depend on the run, the data or the noise.
public actor EdgeAgent {
  /// The ledger's namespace for an edge agent (one edge per ledger file): the same whatever the
  /// edge's key, so that a rotated key carries on with the month's spending instead of starting
  /// from zero.
  public static let ledgerNamespace = "edge"

  /// The edge's key.
  public nonisolated let key: SecretKey
  let client: HubClient
  let hubKey: PublicKey
  let verifierBoard: Board
  let policy: EdgePolicy
  let dataset: String
  let store: String
  let ledger: BudgetLedger
  let audit: AuditLog
  let runner: any ScriptRunner
  let log: @Sendable (String) -> Void
  /// When answers leave (the policy's interval).
  let schedule: AnswerSchedule
  /// The schedule's time source.
  let clock: any AgentClock

  /// An agent from its parts (see `EdgeConfiguration` for the file that names them); `clock`
  /// times its answer schedule.
  public init(
    key: SecretKey, hub: URL, hubKey: PublicKey, board: Board, policy: EdgePolicy,
    dataset: String, store: String, ledgerPath: String, auditLog: String,
    runner: any ScriptRunner, log: @escaping @Sendable (String) -> Void = { print($0) },
    clock: any AgentClock = SystemAgentClock()
  ) throws {
    self.key = key
    client = HubClient(baseURL: hub, key: key)
    self.hubKey = hubKey
    verifierBoard = board
    self.policy = policy
    self.dataset = dataset
    self.store = store
    ledger = try BudgetLedger(
      path: ledgerPath, edge: Self.ledgerNamespace, defaultLimit: policy.maxEpsilonPerPeriod,
      lifetimeLimit: policy.maxEpsilonLifetime)
    audit = AuditLog(path: auditLog)
    self.runner = runner
    self.log = log
    schedule = AnswerSchedule(interval: policy.answerInterval)
    self.clock = clock
  }

  /// The agent a configuration file describes, logging to `log`; the board file must match its
  /// fingerprint.
  public init(
    configuration: EdgeConfiguration, runner: any ScriptRunner,
    log: @escaping @Sendable (String) -> Void = { print($0) }
  ) throws {
    let board = try Board.read(configuration.boardFile)
    guard board.fingerprint.hex == configuration.boardFingerprint else {
      throw EdgeConfigurationError.invalid(
        source: configuration.boardFile, key: "board.fingerprint",
        message: "does not match the board file")
    }
    try self.init(
      key: try SecretKeyFile.read(configuration.keyFile, roles: [.edge]).key,
      hub: configuration.hubURL, hubKey: configuration.hubKey, board: board,
      policy: configuration.policy, dataset: configuration.dataset, store: configuration.store,
      ledgerPath: configuration.ledger, auditLog: configuration.auditLog, runner: runner, log: log)
  }

  /// Polls and answers until cancelled, backing off (1 s doubling to 60 s) while the hub is
  /// unreachable.
  public func run(wait: Int = 25) async {
    var backoff = 1
    while !Task.isCancelled {
      do {
        _ = try await pollOnce(wait: wait)
        backoff = 1
      } catch {
        log("edge \(key.id): \(error); retrying in \(backoff) s")
        try? await Task.sleep(for: .seconds(backoff))
        backoff = min(backoff * 2, 60)
      }
    }
  }

  /// One long-poll (up to `wait` seconds), then answers every task received; returns them.
  ///
  /// The answers are prepared in turn, then posted at the schedule's first slot after the last
  /// is ready (`received + k·T`, `received` being when the poll returned). If the hub cannot be
  /// reached while preparing, the answers already prepared are still posted on schedule, then
  /// the error is thrown (the rest are answered on a later poll).
  @discardableResult
  public func pollOnce(wait: Int) async throws -> [EdgeTask] {
    let tasks: [EdgeTask] = try await client.get("/v1/edge/tasks?wait=\(wait)")
    let received = clock.now()
    var answers: [(EdgeTask, ResultSubmission)] = []
    var failure: (any Error)?
    for task in tasks {
      do { answers.append((task, try await answer(task))) } catch {
        failure = error
        break
      }
    }
    if !answers.isEmpty {
      try await clock.sleep(until: schedule.slot(received: received, ready: clock.now()))
      for (task, submission) in answers { try await post(submission, task) }
    }
    if let failure { throw failure }
    return tasks
  }
}
