import CSQLite
import CoopEngine
import CoopLang
import Foundation
import Testing

@testable import CoopMobility

/// The real pipeline a hub runs, in one process: synthetic companies, the three checked
/// algorithms executed by the engine, `combine` between the third-places rounds.
enum EndToEndRuns {
  /// The repository's root, three folders above this file.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Algorithms/mobility/NAME.coop`, checked against `Algorithms/schemas`.
  static func script(_ name: String) throws -> CheckedScript {
    let url = repository.appendingPathComponent("Algorithms/mobility/\(name).coop")
    let registry = SchemaRegistry(directories: [
      repository.appendingPathComponent("Algorithms/schemas")
    ])
    let result = Checker.check(
      SourceText(path: url.path, bytes: Array(try Data(contentsOf: url))), registry: registry)
    return try #require(result.script, "\(name): \(result.diagnostics.sorted.map(\.message))")
  }

  /// A real run's report input: 3 synthetic companies with 3,000 employees (seed 2026), the
  /// three algorithms run on all of them, the last third-places round and final centres.
  static func input() throws -> SynergyReportInput {
    let (directory, summary) = try TestSupport.writtenDataSet(
      companies: 3, employees: 3000, seed: 2026)
    let store = try mergedStore(directory, summary)
    let scripts = try ["carpool", "shuttle", "third_places"].map(script)
    let carpool = try Executor.run(scripts[0], store: store.path, parameters: [:], mode: .local)
    let shuttle = try Executor.run(scripts[1], store: store.path, parameters: [:], mode: .local)
    let (lastRound, parameters) = try rounds(scripts[2], store: store)
    return SynergyReportInput(
      run: ReportRunFacts(
        date: Date(timeIntervalSince1970: 1_795_737_600), hub: "local",
        algorithms: try scripts.map(algorithm), participants: summary.companies.map(\.name),
        refusals: []),
      carpool: carpool.table, shuttle: shuttle.table,
      thirdPlaces: ThirdPlacesResult(
        centres: try points(parameters["centers"]), lastRound: lastRound))
  }

  /// The run's facts as the review sheet states them.
  static func algorithm(_ script: CheckedScript) throws -> ReportAlgorithm {
    ReportAlgorithm(
      name: script.name, version: script.version,
      epsilon: try Epsilon(micros: Int64(script.privacy.epsilonTotalMicros)),
      minGroup: script.privacy.minGroup, rounds: script.rounds)
  }

  /// The companies' stores merged into one at `directory/all.sqlite`: one store with every
  /// employee, as federation would see their sum (site ids are unique in a data set).
  static func mergedStore(_ directory: URL, _ summary: SynthesisSummary) throws -> URL {
    let merged = directory.appendingPathComponent("all.sqlite")
    var sql =
      MobilityStoreLayout.sitesTable + MobilityStoreLayout.employeesTable
    for company in summary.companies {
      let path = directory.appendingPathComponent(company.key + ".sqlite").path
      sql +=
        "ATTACH DATABASE '\(path)' AS c; INSERT INTO sites SELECT * FROM c.sites;"
        + " INSERT INTO employees SELECT * FROM c.employees; DETACH DATABASE c;"
    }
    try execute(sql, on: merged)
    return merged
  }

  /// Runs every round of `script` in local mode, evaluating `combine` after each round;
  /// returns the last round's table and the final parameters.
  static func rounds(_ script: CheckedScript, store: URL) throws -> (
    ReleaseTable, [String: ParameterValue]
  ) {
    var parameters: [String: ParameterValue] = [:]
    var table: ReleaseTable?
    for round in 1...script.rounds {
      let outcome = try Executor.run(
        script, store: store.path, parameters: parameters, round: round, mode: .local)
      parameters = try CombineEvaluator.next(script, parameters: parameters, table: outcome.table)
      table = outcome.table
    }
    return (try #require(table), parameters)
  }

  /// The points of a `list<point>` parameter.
  static func points(_ value: ParameterValue?) throws -> [GeoPoint] {
    guard case .list(let items)? = value else { throw TestSupport.QueryError(message: "no list") }
    return try items.map { item in
      guard case .point(let latitude, let longitude) = item else {
        throw TestSupport.QueryError(message: "not a point: \(item)")
      }
      return GeoPoint(latitude: latitude.doubleValue, longitude: longitude.doubleValue)
    }
  }

  private static func execute(_ sql: String, on url: URL) throws {
    var handle: OpaquePointer?
    defer { sqlite3_close(handle) }
    guard sqlite3_open(url.path, &handle) == SQLITE_OK else {
      throw TestSupport.QueryError(message: "cannot open \(url.path)")
    }
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
      throw TestSupport.QueryError(message: String(cString: sqlite3_errmsg(handle)))
    }
  }
}
