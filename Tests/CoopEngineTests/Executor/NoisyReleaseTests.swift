import CoopLang
import Foundation
import Testing

@testable import CoopEngine

/// Noise over the whole key domain, thresholds, and the release table's accuracy fields.
@Suite("Executor: noisy release")
struct NoisyReleaseTests {
  @Test("a federated run releases every cell of the domain, with noise and its half-width")
  func federated() throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    var random = SplitMixBits(seed: 1)
    let outcome = try Executor.run(
      script, store: ExecutorFixture.store, parameters: [:], round: 1, mode: .federated(localMinGroup: nil), random: &random)
    #expect(outcome.table.cells.count == 576 && outcome.table.suppressed == 0)
    let first = try #require(outcome.table.cells.first)
    #expect(first.count.noise == "laplace:5/3")
    #expect(first.count.halfWidth95 == AccuracyMath.laplaceHalfWidth(scale: 5.0 / 3, coverage: 0.95))
    #expect(first.sums["mean_km"]?.decimals == 3)
    #expect(outcome.table.values.map(\.name) == ["drivers", "mean_km"])
    #expect(outcome.table.values.last?.upper == 40)
  }

  @Test("a local run suppresses cells whose noisy count is below min_group and releases nothing of them")
  func local() throws {
    let script = try #require(ExecutorFixture.scripts["carpool"])
    var random = SplitMixBits(seed: 2)
    let outcome = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], round: 1, mode: .local, random: &random)
    #expect(outcome.table.cells.count + outcome.table.suppressed == 576)
    #expect(outcome.table.cells.allSatisfy { $0.count.units >= script.privacy.minGroup })
    #expect(outcome.table.cells.allSatisfy { $0.sums["mean_km"] != nil })
  }

  @Test("the same randomness gives the same release; libsodium gives different ones")
  func randomness() throws {
    let script = try #require(ExecutorFixture.scripts["headcount"])
    var a = SplitMixBits(seed: 3)
    var b = SplitMixBits(seed: 3)
    let x = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], round: 1, mode: .federated(localMinGroup: nil), random: &a)
    let y = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], round: 1, mode: .federated(localMinGroup: nil), random: &b)
    #expect(x.table == y.table)
    let s1 = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], mode: .federated(localMinGroup: nil))
    let s2 = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], mode: .federated(localMinGroup: nil))
    #expect(s1.table != s2.table)
  }

  @Test("the noise's half-width matches the manifest's accuracy")
  func accuracyAgrees() throws {
    for (name, script) in ExecutorFixture.scripts {
      for n in script.privacy.noisyNumbers {
        let scale = try Rational(n.scale.numerator, n.scale.denominator)
        let laplace = try DiscreteLaplace(scale: scale)
        #expect(laplace.halfWidth(coverage: 0.95) == n.halfWidth95Units, "\(name).\(n.name)")
      }
    }
  }

  @Test("third places: each round moves every centre by at most the combine step's clamp")
  func rounds() throws {
    let script = try #require(ExecutorFixture.scripts["third_places"])
    // Round 1 runs on the script's initial centres: no parameter is given.
    var parameters: [String: ParameterValue] = [:]
    var before = try Self.points(try #require(script.parameters.first?.initial))
    for round in 1...script.rounds {
      let outcome = try Executor.run(script, store: ExecutorFixture.store, parameters: parameters, round: round, mode: .local)
      parameters = try CombineEvaluator.next(script, parameters: parameters, table: outcome.table)
      let after = try Self.points(try #require(parameters["centers"]))
      #expect(after.count == before.count)
      for (a, b) in zip(before, after) {
        #expect(abs(a.0 - b.0) <= 0.05 + 1e-9 && abs(a.1 - b.1) <= 0.05 + 1e-9, "round \(round): \(a) → \(b)")
      }
      #expect(zip(before, after).contains { $0.0 != $1.0 || $0.1 != $1.1 }, "round \(round) moved no centre")
      before = after
    }
    #expect(parameters["centers"] != script.parameters.first?.initial)
    guard case .list(let centres)? = parameters["centers"] else {
      Issue.record("no centres")
      return
    }
    for case .point(let lat, let lon) in centres {
      #expect(lat.doubleValue > -21.41 && lat.doubleValue < -20.79 && lon.doubleValue > 55.19 && lon.doubleValue < 55.81)
    }
    #expect(throws: ExecutionError.self) {
      try Executor.run(script, store: ExecutorFixture.store, parameters: ["radius": .number(ExactDecimal(units: 1))], mode: .local)
    }
  }
}

extension NoisyReleaseTests {
  @Test("combine reads a cell indexing past a list shorter than its maximum, as the interpreter does")
  func combinePastTheList() throws {
    let script = try #require(ExecutorFixture.scripts["third_places"])
    var table = try Executor.run(script, store: ExecutorFixture.store, parameters: [:], mode: .local).table
    // A released cell of `nearest`'s domain (0 ..< 8) beyond the 6 initial centres.
    let number = { (units: Int) in NoisyNumber(units: units, decimals: 0, noise: "laplace:1", halfWidth95: 1) }
    table.cells.append(
      ReleaseCell(key: [.int(7)], count: number(1000), sums: ["dlat": number(10), "dlon": number(-10)]))
    let next = try CombineEvaluator.next(script, parameters: [:], table: table)
    #expect(try Self.points(try #require(next["centers"])).count == 6)
  }

  static func points(_ value: ParameterValue) throws -> [(Double, Double)] {
    guard case .list(let items) = value else { throw ExecutionError.badParameter("not a list") }
    return items.compactMap {
      guard case .point(let lat, let lon) = $0 else { return nil }
      return (lat.doubleValue, lon.doubleValue)
    }
  }
}

@Suite("Parameters as JSON")
struct ParameterJSONTests {
  @Test("round trip, typed by the script; unknown names and wrong shapes are refused")
  func roundTrip() throws {
    let script = try #require(ExecutorFixture.scripts["third_places"])
    let initial = try #require(script.parameters.first?.initial)
    let data = ParameterJSON.encode(["centers": initial])
    #expect(try ParameterJSON.decode(data, for: script) == ["centers": initial])
    #expect(ParameterJSON.encode(["centers": initial]) == data)
    #expect(throws: ParameterJSON.Failure.self) { try ParameterJSON.decode(Data("{\"k\": 1}".utf8), for: script) }
    #expect(throws: ParameterJSON.Failure.self) { try ParameterJSON.decode(Data("{\"centers\": 3}".utf8), for: script) }
    let commutes = try #require(ExecutorFixture.scripts["long_commutes"])
    #expect(try ParameterJSON.decode(Data("{\"threshold\": 30000}".utf8), for: commutes) == ["threshold": .number(ExactDecimal(units: 30000))])
  }
}
