import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation
import HummingbirdTesting
import Testing

@testable import CoopHub

/// The edge's answer schedule against a live hub on loopback, with a clock moved by hand: an
/// answer, ready long before, reaches the hub only at `received + T`; a run longer than T is
/// rounded up to the next multiple; refusals and the other tasks of the poll share the slot.
@Suite struct AnswerScheduleAgentTests {
  static let interval: Duration = .seconds(10)
  static let received: Duration = .seconds(100)

  /// A runner that takes `duration` on `clock`, then returns the fixed table.
  struct SlowRunner: ScriptRunner {
    let clock: ManualClock
    let duration: Duration
    let table = FixedTableRunner(counts: [("a", 30)])

    func run(
      bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
      localMinGroup: Int?
    ) throws -> ReleaseTable {
      clock.advance(by: duration)
      return try table.run(
        bundle: bundle, manifest: manifest, parameters: parameters, round: round, store: store,
        localMinGroup: localMinGroup)
    }
  }

  /// Edge 0 polls once with `runner` on `clock` (showing `received` when the poll returns);
  /// `body` runs while its answers wait, then the test moves the clock to `slot` and the poll
  /// ends. Checks that exactly one sleep, until `slot`, was asked for.
  func poll(
    _ fixture: HubFixture, port: Int, clock: ManualClock, runner: any ScriptRunner,
    policy: EdgePolicy, slot: Duration, whileWaiting body: () async throws -> Void
  ) async throws -> [EdgeTask] {
    let agent = try fixture.agent(0, port: port, policy: policy, runner: runner, clock: clock)
    let polling = Task { try await agent.pollOnce(wait: 0) }
    let waiting = await eventually { clock.waiting == [slot] }
    #expect(waiting, "the agent did not wait for its slot: \(clock.waiting)")
    guard waiting else {
      clock.advance(to: slot)
      return try await polling.value
    }
    try await body()
    // A nanosecond before the slot, nothing has left yet.
    clock.advance(to: slot - .nanoseconds(1))
    #expect(clock.waiting == [slot])
    try await body()
    clock.advance(to: slot)
    let tasks = try await polling.value
    #expect(clock.deadlines == [slot])
    return tasks
  }

  /// A live hub with one edge and `jobs` jobs of the edges' bundle started; `body` gets the
  /// fixture, the hub's port, the jobs and a clock showing `received`.
  func withJobs(
    _ jobs: Int = 1,
    _ body: @Sendable (HubFixture, Int, [JobView], ManualClock) async throws -> Void
  ) async throws {
    let fixture = try HubFixture(edgeCount: 1)
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    try await fixture.application.test(.live) { client in
      let port = try #require(client.port)
      let hash = try await fixture.submitAndApprove(
        try fixture.bundle(manifest: HubFixture.edgeManifest), client: client)
      var started: [JobView] = []
      for _ in 0..<jobs { started.append(try await fixture.startJob(hash, client: client)) }
      try await body(fixture, port, started, ManualClock(at: Self.received))
    }
  }

  /// The answers the hub has stored for `job`'s round 1, as `EDGE STATUS`.
  func stored(_ fixture: HubFixture, _ job: JobView) async throws -> [String] {
    let id = job.id
    return try await fixture.service.store.perform { database in
      try database.answers(job: id, round: 1).map { "\($0.edge) \($0.status)" }
    }
  }

  @Test func anAnswerDoesNotLeaveBeforeReceivedPlusT() async throws {
    try await withJobs { fixture, port, jobs, clock in
      let job = jobs[0]
      let runner = FixedTableRunner(counts: [("a", 30)])
      let policy = try HubFixture.policy(answerInterval: Self.interval)
      let tasks = try await poll(
        fixture, port: port, clock: clock, runner: runner, policy: policy,
        slot: Self.received + Self.interval
      ) {
        // Run, sealed and released in the ledger, but not sent.
        #expect(runner.runs == 1)
        let ledger = try BudgetLedger(
          path: fixture.directory + "/ledger-0.sqlite", edge: EdgeAgent.ledgerNamespace,
          defaultLimit: try Epsilon("2"))
        #expect(try ledger.receipt(job: "\(job.id)/1")?.isReleased == true)
        let answers = try await stored(fixture, job)
        #expect(answers == [])
      }
      #expect(tasks.map(\.job) == [job.id])
      #expect(try await stored(fixture, job) == ["\(fixture.edges[0].id.text) released"])
    }
  }

  @Test(arguments: [
    (Duration.seconds(15), Duration.seconds(20)), (.seconds(10) - .milliseconds(1), .seconds(10)),
    (.seconds(10) + .milliseconds(1), .seconds(20)), (.seconds(31), .seconds(40)),
  ])
  func aSlowRunIsRoundedUpToAMultipleOfT(run: Duration, after: Duration) async throws {
    try await withJobs { fixture, port, jobs, clock in
      _ = try await poll(
        fixture, port: port, clock: clock, runner: SlowRunner(clock: clock, duration: run),
        policy: try HubFixture.policy(answerInterval: Self.interval), slot: Self.received + after
      ) {
        let answers = try await stored(fixture, jobs[0])
        #expect(answers == [])
      }
      #expect(try await stored(fixture, jobs[0]) == ["\(fixture.edges[0].id.text) released"])
    }
  }

  /// Two tasks in one poll, one refused for budget: both answers wait for the same slot.
  @Test func refusalsAndTheOtherTasksOfThePollShareTheSlot() async throws {
    try await withJobs(2) { fixture, port, jobs, clock in
      let policy = try HubFixture.policy(period: "0.5", answerInterval: Self.interval)
      let tasks = try await poll(
        fixture, port: port, clock: clock, runner: SlowRunner(clock: clock, duration: .seconds(4)),
        policy: policy, slot: Self.received + Self.interval
      ) {
        let answers = try await stored(fixture, jobs[0]) + stored(fixture, jobs[1])
        #expect(answers == [])
      }
      #expect(Set(tasks.map(\.job)) == Set(jobs.map(\.id)))
      let edge = fixture.edges[0].id.text
      let answers = try await stored(fixture, jobs[0]) + stored(fixture, jobs[1])
      #expect(answers.sorted() == ["\(edge) refused", "\(edge) released"])
    }
  }
}
