import CoopCrypto
import CoopEngine
import CoopHub
import CoopLang
import Foundation

/// One finished job of a mobility algorithm, as the hub returns it, with its checked script.
public struct FinishedJob: Sendable {
  /// The job's results (`GET /v1/jobs/{id}/results`).
  public var results: JobResults
  /// The approved bundle's script, checked as the edges checked it.
  public var script: CheckedScript

  /// A job and its script.
  public init(results: JobResults, script: CheckedScript) {
    self.results = results
    self.script = script
  }
}

extension SynergyReportInput {
  /// The three mobility algorithms the report reads, in the order it shows them.
  public static let algorithms = ["carpool", "shuttle", "third_places"]

  /// The report input of a federated run: each algorithm's last federated table, the run's
  /// guarantees from the scripts, participants and refusals from the rounds (edges named by
  /// `edgeNames`, key id → company), and the third places' centres after the last `combine`.
  ///
  /// Throws `.invalidInput` naming the job when one is missing, runs another algorithm, or has
  /// not finished all its rounds with a federated table.
  public static func assemble(
    jobs: [String: FinishedJob], edgeNames: [String: String], hub: String, date: Date
  ) throws(SynergyReportError) -> SynergyReportInput {
    var tables: [String: ReleaseTable] = [:]
    var refusals: [ReportRefusal] = []
    var participants: Set<String> = []
    for name in algorithms {
      guard let job = jobs[name] else { throw .invalidInput("no \(name) job") }
      guard job.results.job.algorithm == name, job.script.name == name else {
        throw .invalidInput("job \(job.results.job.id) runs \(job.results.job.algorithm), not \(name)")
      }
      let state = job.results.job.error ?? job.results.job.status
      guard ["completed", "partial"].contains(job.results.job.status),
        job.results.rounds.count == job.script.rounds, let table = job.results.rounds.last?.table
      else {
        throw .invalidInput("job \(job.results.job.id) (\(name)) has not finished all its rounds: \(state)")
      }
      tables[name] = table
      for round in job.results.rounds {
        participants.formUnion(round.contributors.map { edgeNames[$0] ?? $0 })
        for refusal in round.refusals {
          let company = edgeNames[refusal.edge] ?? refusal.edge
          refusals.append(ReportRefusal(company: company, reason: "\(name): \(refusal.reason ?? refusal.status)"))
        }
        for missing in round.missing {
          let company = edgeNames[missing] ?? missing
          refusals.append(ReportRefusal(company: company, reason: "\(name): no answer before the deadline"))
        }
      }
    }
    var reported: [ReportAlgorithm] = []
    for name in algorithms {
      guard let script = jobs[name]?.script else { continue }
      guard let epsilon = try? Epsilon(micros: Int64(script.privacy.epsilonTotalMicros)) else {
        throw .invalidInput("\(name): ε out of range")
      }
      reported.append(
        ReportAlgorithm(
          name: name, version: script.version, epsilon: epsilon, minGroup: script.privacy.minGroup,
          rounds: script.rounds))
    }
    guard let carpool = tables["carpool"], let shuttle = tables["shuttle"], let third = jobs["third_places"],
      let lastRound = third.results.rounds.last, let lastTable = lastRound.table
    else { throw .invalidInput("a job has no federated table") }
    return SynergyReportInput(
      run: ReportRunFacts(
        date: date, hub: hub, algorithms: reported, participants: participants.sorted(),
        refusals: unique(refusals)),
      carpool: carpool, shuttle: shuttle,
      thirdPlaces: ThirdPlacesResult(
        centres: try finalCentres(script: third.script, round: lastRound, table: lastTable),
        lastRound: lastTable))
  }

  private static func unique(_ refusals: [ReportRefusal]) -> [ReportRefusal] {
    var seen: Set<String> = []
    return refusals.filter { seen.insert($0.company + "|" + $0.reason).inserted }
  }

  /// The k-means centres after the last round's `combine`, from its parameters and table.
  private static func finalCentres(script: CheckedScript, round: RoundResult, table: ReleaseTable)
    throws(SynergyReportError) -> [GeoPoint]
  {
    let next: [String: ParameterValue]
    do {
      let current = try ParameterJSON.decode(try JSONEncoder().encode(round.parameters), for: script)
      next = try CombineEvaluator.next(script, parameters: current, table: table)
    } catch {
      throw .invalidInput("third_places: the last round's combine step failed: \(error)")
    }
    guard case .list(let items)? = next["centers"] else {
      throw .invalidInput("third_places: no 'centers' parameter after the last round")
    }
    return items.compactMap { item in
      guard case .point(let lat, let lon) = item else { return nil }
      return GeoPoint(latitude: lat.doubleValue, longitude: lon.doubleValue)
    }
  }
}
