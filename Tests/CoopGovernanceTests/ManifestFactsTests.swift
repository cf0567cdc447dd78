import Foundation
import Testing

@testable import CoopGovernance

/// The facts the hub and edges read from a real manifest written by `coop check --manifest`.
@Suite("Manifest facts")
struct ManifestFactsTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("coopTests/Golden/manifests")

  @Test("a single-round manifest")
  func carpool() throws {
    let bytes = [UInt8](try Data(contentsOf: Self.golden.appendingPathComponent("carpool.json")))
    let facts = try #require(ManifestFacts(bytes))
    #expect(facts.algorithm == "carpool" && facts.version == "1")
    #expect(facts.epsilon == "1" && facts.minGroup == 5 && facts.rounds == 1)
    #expect(facts.schema == "mobility")
    #expect(facts.reads?.contains("employees.home") == true && facts.reads?.contains("sites.zone") == true)
  }

  @Test("a multi-round manifest states the run's total ε")
  func thirdPlaces() throws {
    let bytes = [UInt8](try Data(contentsOf: Self.golden.appendingPathComponent("third_places.json")))
    let facts = try #require(ManifestFacts(bytes))
    #expect(facts.epsilon == "1.2" && facts.rounds == 2 && facts.minGroup == 10)
  }
}
