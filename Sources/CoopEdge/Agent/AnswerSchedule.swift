/// When an edge posts its answers: never before `received + T`, and otherwise at the first
/// multiple of T after `received` by which the answer is ready, so that the time an answer
/// reaches the hub tells the schedule, not how long the run took.
///
/// The run's time depends on the data (the rows scanned) and on the noise drawn (the discrete
/// Laplace sampler's loops are geometric): without a schedule the hub, which sees when it sent
/// a task and when the answer arrives, would see that time. With one it sees `k·T`, and `k` is 1
/// for every round shorter than T.
public struct AnswerSchedule: Sendable, Equatable {
  /// The default interval: 5 s. The slowest whole round `coop-bench timing` measured on the
  /// 2-core development machine took 1.8–3.2 s (third places or carpool on a 1,000,000-employee
  /// store, under load); a company of 10,000 employees runs a round in 7–35 ms (Docs/privacy.md).
  public static let defaultInterval: Duration = .seconds(5)
  /// The longest interval a policy may set: well below the hub's round deadline (600 s).
  public static let maximumInterval: Duration = .seconds(300)

  /// T; zero means no schedule (each answer leaves as soon as it is ready).
  public let interval: Duration

  /// A schedule of interval `interval` (negative intervals count as zero).
  public init(interval: Duration) {
    self.interval = max(interval, .zero)
  }

  /// The time an answer received at `received` and ready at `ready` leaves:
  /// `received + k·T` for the smallest k ≥ 1 with `received + k·T ≥ ready`; `ready` itself when
  /// T is zero. Times are on any one clock's scale.
  public func slot(received: Duration, ready: Duration) -> Duration {
    guard interval > .zero else { return max(received, ready) }
    let step = Self.nanoseconds(interval)
    let elapsed = max(0, Self.nanoseconds(ready - received))
    let periods = max(1, (elapsed + step - 1) / step)
    return received + interval * periods
  }

  /// A duration in whole nanoseconds, rounded up (the clocks involved count nanoseconds).
  static func nanoseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    let (whole, part) = attoseconds.quotientAndRemainder(dividingBy: 1_000_000_000)
    return seconds * 1_000_000_000 + whole + (part > 0 ? 1 : 0)
  }
}

/// The time source of an edge's answer schedule. Production uses `SystemAgentClock`; tests
/// inject a clock they move by hand.
public protocol AgentClock: Sendable {
  /// The time elapsed since this clock's fixed origin (monotonic).
  func now() -> Duration
  /// Returns once `now() ≥ deadline`; throws if the task is cancelled first.
  func sleep(until deadline: Duration) async throws
}

/// The system's monotonic clock (`ContinuousClock`), counted from the agent's creation.
public struct SystemAgentClock: AgentClock {
  private let clock = ContinuousClock()
  private let origin: ContinuousClock.Instant

  /// A clock whose origin is now.
  public init() { origin = clock.now }

  public func now() -> Duration { clock.now - origin }

  public func sleep(until deadline: Duration) async throws {
    while now() < deadline {
      try await clock.sleep(until: origin.advanced(by: deadline), tolerance: .zero)
    }
  }
}
