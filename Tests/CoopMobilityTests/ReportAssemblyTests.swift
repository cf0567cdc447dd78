import CoopEngine
import CoopGovernance
import CoopHub
import Foundation
import Testing

@testable import CoopMobility

/// `SynergyReportInput.assemble`: the report input of three finished jobs, as `coop report
/// --hub` and the demo build it.
@Suite("Synergy report: assembling the hub's jobs")
struct ReportAssemblyTests {
  static func job(
    _ name: String, _ table: ReleaseTable, status: String = "completed", rounds: Int = 1,
    refusals: [EdgeAnswer] = [], retired: [String]? = nil
  ) throws -> FinishedJob {
    let script = try EndToEndRuns.script(name)
    let view = JobView(
      id: "job-\(name)", bundle: String(repeating: "ab", count: 32), algorithm: name, status: status,
      round: rounds, rounds: script.rounds, createdAt: "2026-11-27T10:00:00Z", error: nil,
      edges: ["e1", "e2", "e3"], answers: [])
    let results = (1...rounds).map { round in
      RoundResult(
        round: round, status: "complete", parameters: [:], deadline: "2026-11-27T10:10:00Z",
        table: table, contributors: ["e1", "e2"], refusals: refusals, missing: [], retired: retired)
    }
    return FinishedJob(results: JobResults(job: view, rounds: results), script: script)
  }

  static func jobs(third: FinishedJob? = nil) throws -> [String: FinishedJob] {
    let input = try ReportFixtures.small()
    let refusal = EdgeAnswer(edge: "e3", round: 1, status: "refused", reason: "budget: exhausted")
    return [
      "carpool": try job("carpool", input.carpool, refusals: [refusal]),
      "shuttle": try job("shuttle", input.shuttle, retired: ["e3"]),
      "third_places": try third ?? job("third_places", input.thirdPlaces.lastRound, rounds: 2),
    ]
  }

  @Test func assemblesNamesGuaranteesAndFinalCentres() throws {
    let input = try SynergyReportInput.assemble(
      jobs: try Self.jobs(), edgeNames: ["e1": "Transports Péi", "e2": "Sucrerie", "e3": "Hôtel"],
      hub: "https://hub.example.re", date: Date(timeIntervalSince1970: 1_795_737_600))
    #expect(input.run.participants == ["Sucrerie", "Transports Péi"])
    #expect(input.run.refusals == [ReportRefusal(company: "Hôtel", reason: "carpool: budget: exhausted")])
    #expect(input.run.algorithms.map(\.epsilon.description) == ["1", "0.5", "1.2"])
    #expect(input.run.algorithms.map(\.rounds) == [1, 1, 2])
    // Six centres after the last round's combine, from the script's initial ones.
    #expect(input.thirdPlaces.centres.count == 6)
    _ = try SynergyReport(input: input, communes: try TestSupport.communes()).html()
  }

  @Test func refusesJobsThatDidNotFinish() throws {
    let table = try ReportFixtures.small().thirdPlaces.lastRound
    for third in [
      try Self.job("third_places", table, status: "failed", rounds: 2),
      try Self.job("third_places", table, status: "completed", rounds: 1),
      try Self.job("third_places", table, status: "running", rounds: 2),
    ] {
      #expect {
        try SynergyReportInput.assemble(
          jobs: try Self.jobs(third: third), edgeNames: [:], hub: "h", date: Date())
      } throws: { error in
        guard case .invalidInput(let message) = error as? SynergyReportError else { return false }
        return message.contains("job-third_places (third_places) has not finished all its rounds")
      }
    }
    var swapped = try Self.jobs()
    swapped["carpool"] = swapped["shuttle"]
    #expect(throws: SynergyReportError.invalidInput("job job-shuttle runs shuttle, not carpool")) {
      try SynergyReportInput.assemble(jobs: swapped, edgeNames: [:], hub: "h", date: Date())
    }
  }
}
