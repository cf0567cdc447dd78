import CoopEngine
import Foundation
import Testing

@testable import CoopEdge

/// The answer schedule's arithmetic: an answer leaves at `received + k·T`, the first multiple
/// of T after it is ready, never before `received + T`; and the `[policy]` keys that set it and
/// the lifetime cap.
@Suite struct AnswerScheduleTests {
  let ten = AnswerSchedule(interval: .seconds(10))

  @Test func aQuickAnswerWaitsForTheFirstSlot() {
    for ready in [Duration.zero, .milliseconds(1), .seconds(3), .milliseconds(9_999)] {
      #expect(ten.slot(received: .seconds(100), ready: .seconds(100) + ready) == .seconds(110))
    }
  }

  @Test func anAnswerReadyOnASlotLeavesOnIt() {
    #expect(ten.slot(received: .seconds(5), ready: .seconds(15)) == .seconds(15))
    #expect(ten.slot(received: .seconds(5), ready: .seconds(35)) == .seconds(35))
  }

  @Test func aSlowRunIsRoundedUpToTheNextMultiple() {
    #expect(ten.slot(received: .zero, ready: .seconds(10) + .nanoseconds(1)) == .seconds(20))
    #expect(ten.slot(received: .zero, ready: .seconds(15)) == .seconds(20))
    #expect(ten.slot(received: .seconds(2), ready: .seconds(47)) == .seconds(52))
    // Sub-nanosecond remainders still round up, never down.
    #expect(ten.slot(received: .zero, ready: .seconds(20) + Duration(secondsComponent: 0, attosecondsComponent: 1)) == .seconds(30))
  }

  @Test func aClockThatWentBackStillWaitsOneInterval() {
    #expect(ten.slot(received: .seconds(50), ready: .seconds(40)) == .seconds(60))
  }

  @Test func zeroMeansAsSoonAsReady() {
    let none = AnswerSchedule(interval: .zero)
    #expect(none.slot(received: .seconds(1), ready: .seconds(4)) == .seconds(4))
    #expect(AnswerSchedule(interval: .seconds(-3)).interval == .zero)
  }

  @Test func theDefaultIsWithinTheAllowedRange() {
    #expect(AnswerSchedule.defaultInterval > .zero)
    #expect(AnswerSchedule.defaultInterval <= AnswerSchedule.maximumInterval)
  }

  static let policyText = """
    [policy]
    schemas = ["mobility"]
    algorithms = ["mobility.*"]
    max_epsilon_per_job = 1
    max_epsilon_per_period = 4
    """

  func policy(_ extra: String) throws -> EdgePolicy {
    let text = Self.policyText + "\n" + extra + "\n"
    return try EdgePolicy(
      EdgeConfiguration.Reader(
        file: try TOMLFile(parsing: text, source: "p.toml"), source: "p.toml",
        base: URL(fileURLWithPath: "/")))
  }

  @Test func theKeysAreOptional() throws {
    let plain = try policy("")
    #expect(plain.maxEpsilonLifetime == nil)
    #expect(plain.answerInterval == AnswerSchedule.defaultInterval)
  }

  @Test func theKeysAreRead() throws {
    let set = try policy("max_epsilon_lifetime = 240\nanswer_interval_seconds = 2.5")
    #expect(set.maxEpsilonLifetime == (try Epsilon("240")))
    #expect(set.answerInterval == .milliseconds(2_500))
    #expect(try policy("answer_interval_seconds = 0").answerInterval == .zero)
    #expect(try policy("answer_interval_seconds = \"300\"").answerInterval == .seconds(300))
    #expect(try policy("max_epsilon_lifetime = \"0.000001\"").maxEpsilonLifetime == (try Epsilon("0.000001")))
  }

  @Test(arguments: [
    "answer_interval_seconds = -1", "answer_interval_seconds = 300.5",
    "answer_interval_seconds = 0.0001", "answer_interval_seconds = true",
    "max_epsilon_lifetime = -2", "max_epsilon_lifetime = 0.0000001", "max_epsilon_lifetime = [1]",
  ])
  func badValuesAreRefusedWithTheirKey(line: String) {
    let key = String(line.prefix { $0 != " " })
    #expect(throws: EdgeConfigurationError.self) {
      do { _ = try policy(line) } catch {
        #expect("\(error)".hasPrefix("p.toml: 'policy.\(key)' "), "\(error)")
        throw error
      }
    }
  }
}
