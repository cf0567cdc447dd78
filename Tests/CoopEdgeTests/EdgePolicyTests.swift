import CoopEngine
import CoopGovernance
import Foundation
import Testing

@testable import CoopEdge

/// The local policy: default deny, and every refusal says why.
@Suite struct EdgePolicyTests {
  static func policy(algorithms: [String] = ["mobility.*"], neverRead: [String] = []) throws
    -> EdgePolicy
  {
    EdgePolicy(
      schemas: ["mobility"], algorithms: algorithms, maxEpsilonPerJob: try Epsilon("1"),
      maxEpsilonPerPeriod: try Epsilon("4"), localMinGroup: nil, neverRead: neverRead)
  }

  static func facts(_ json: String) -> ManifestFacts? { ManifestFacts(Array(json.utf8)) }

  @Test func admitsAllowedScriptsWithTheirPerRoundEpsilon() throws {
    let facts = Self.facts(
      #"{"schema":{"name":"mobility","version":1},"epsilon":"0.6","rounds":3}"#)
    #expect(
      try Self.policy().admit(algorithm: "mobility.carpool", facts: facts).get()
        == (try Epsilon("0.2")))
  }

  /// The checker's own manifests (the golden ones `coop bundle` writes) state their ε as
  /// `privacy.epsilonTotal`: third places' 1.2 over 2 rounds is 0.6 a round.
  @Test(arguments: [("carpool", "1"), ("third_places", "0.6")])
  func admitsTheCheckersManifests(script: String, perRound: String) throws {
    let golden = #filePath.replacingOccurrences(
      of: "CoopEdgeTests/EdgePolicyTests.swift", with: "coopTests/Golden/manifests/\(script).json")
    let facts = ManifestFacts(Array(try String(contentsOfFile: golden, encoding: .utf8).utf8))
    let policy = EdgePolicy(
      schemas: ["mobility"], algorithms: [script], maxEpsilonPerJob: try Epsilon("2"),
      maxEpsilonPerPeriod: try Epsilon("4"), localMinGroup: nil, neverRead: [])
    #expect(try policy.admit(algorithm: script, facts: facts).get() == (try Epsilon(perRound)))
  }

  @Test(arguments: [
    (
      #"{"schema":"mobility","epsilon":"0.5"}"#, "other.algo", [],
      "algorithm other.algo is not allowed"
    ),
    (#"{"epsilon":"0.5"}"#, "mobility.x", [], "the manifest does not state its schema"),
    (#"{"schema":"payroll","epsilon":"0.5"}"#, "mobility.x", [], "schema payroll is not allowed"),
    (#"{"schema":"mobility"}"#, "mobility.x", [], "does not state a valid epsilon"),
    (#"{"schema":"mobility","epsilon":"1.5"}"#, "mobility.x", [], "exceeds this edge's limit"),
    (
      #"{"schema":"mobility","epsilon":"0.5"}"#, "mobility.x", ["employees.home"],
      "does not state the columns"
    ),
    (
      #"{"schema":"mobility","epsilon":"0.5","reads":{"employees":["home","mode"]}}"#, "mobility.x",
      ["employees.home"], "reads employees.home"
    ),
    (
      #"{"schema":"mobility","epsilon":"0.1","rounds":3}"#, "mobility.x", [],
      "does not split evenly"
    ),
    ("[]", "mobility.x", [], "not a JSON object"),
  ])
  func refusesWithAReason(manifest: String, algorithm: String, neverRead: [String], reason: String)
    throws
  {
    let result = try Self.policy(neverRead: neverRead).admit(
      algorithm: algorithm, facts: Self.facts(manifest))
    guard case .failure(let refusal) = result else {
      Issue.record("admitted \(manifest)")
      return
    }
    #expect("\(refusal)".contains(reason), "\(refusal)")
  }

  @Test func emptyListsAllowNothing() throws {
    let facts = Self.facts(#"{"schema":"mobility","epsilon":"0.5"}"#)
    #expect(throws: EdgeRefusal.self) {
      try Self.policy(algorithms: []).admit(algorithm: "mobility.x", facts: facts).get()
    }
  }
}
