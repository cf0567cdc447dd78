import CoopCrypto
import CoopEngine
import CoopHub
import CoopLang
import Foundation

extension Demo {
  /// Step 8: the synergy report from the federated results, with the run's guarantees.
  func writeReport(results: [String: JobResults], companies: [CompanySummary], hub: DemoHub) throws -> URL {
    guard let carpool = results["carpool"]?.rounds.last?.table, let shuttle = results["shuttle"]?.rounds.last?.table,
      let third = results["third_places"], let lastRound = third.rounds.last, let lastTable = lastRound.table
    else {
      throw DemoError.step("a job ended without a federated table: \(results.mapValues { $0.job.error ?? $0.job.status })")
    }
    let names = try edgeNames(companies: companies)
    var refusals: [ReportRefusal] = []
    var participants: Set<String> = []
    for name in DemoOptions.algorithms {
      for round in results[name]?.rounds ?? [] {
        participants.formUnion(round.contributors.compactMap { names[$0] })
        for refusal in round.refusals {
          refusals.append(ReportRefusal(company: names[refusal.edge] ?? refusal.edge, reason: "\(name): \(refusal.reason ?? refusal.status)"))
        }
        for missing in round.missing {
          refusals.append(ReportRefusal(company: names[missing] ?? missing, reason: "\(name): no answer before the deadline"))
        }
      }
    }
    let scripts = try checkedScripts()
    let algorithms = try DemoOptions.algorithms.compactMap { name -> ReportAlgorithm? in
      guard let s = scripts[name] else { return nil }
      return ReportAlgorithm(
        name: name, version: s.version, epsilon: try Epsilon(micros: Int64(s.privacy.epsilonTotalMicros)),
        minGroup: s.privacy.minGroup, rounds: s.rounds)
    }
    let centres = try finalCentres(script: scripts["third_places"], round: lastRound, table: lastTable)
    let input = SynergyReportInput(
      run: ReportRunFacts(
        date: Date(), hub: hub.url, algorithms: algorithms, participants: participants.sorted(),
        refusals: unique(refusals)),
      carpool: carpool, shuttle: shuttle, thirdPlaces: ThirdPlacesResult(centres: centres, lastRound: lastTable))
    let report = try SynergyReport(input: input, communes: try Communes.bundled())
    try report.write(to: options.output, language: options.language)
    try input.json().write(to: options.output.appendingPathComponent("exports/report-input.json"))
    step(8, "report: \(options.output.appendingPathComponent("report.html").path), exports in \(options.output.appendingPathComponent("exports").path)")
    return options.output.appendingPathComponent("report.html")
  }

  /// Edge key id → company name.
  private func edgeNames(companies: [CompanySummary]) throws -> [String: String] {
    var out: [String: String] = [:]
    for (index, company) in companies.enumerated() {
      let file = work.appendingPathComponent("keys/edge-\(Demo.number(index + 1)).pub").path
      out[try PublicKeyFile.read(file).key.id.text] = company.name
    }
    return out
  }

  private func unique(_ refusals: [ReportRefusal]) -> [ReportRefusal] {
    var seen: Set<String> = []
    return refusals.filter { seen.insert($0.company + "|" + $0.reason).inserted }
  }

  /// The three algorithms, checked as the edges and the hub checked them.
  private func checkedScripts() throws -> [String: CheckedScript] {
    let registry = SchemaRegistry(directories: [URL(fileURLWithPath: schemas)])
    var out: [String: CheckedScript] = [:]
    for name in DemoOptions.algorithms {
      let path = options.root.appendingPathComponent("Algorithms/mobility/\(name).coop").path
      guard let data = FileManager.default.contents(atPath: path),
        let script = Checker.check(SourceText(path: path, bytes: [UInt8](data)), registry: registry).script
      else { throw DemoError.step("\(path) does not check") }
      out[name] = script
    }
    return out
  }

  /// The k-means centres after the last round's combine, from its parameters and federated table.
  private func finalCentres(script: CheckedScript?, round: RoundResult, table: ReleaseTable) throws -> [GeoPoint] {
    guard let script else { return [] }
    let data = try JSONEncoder().encode(round.parameters)
    let current = try ParameterJSON.decode(data, for: script)
    let next = try CombineEvaluator.next(script, parameters: current, table: table)
    guard case .list(let items)? = next["centers"] else { return [] }
    return items.compactMap { item in
      guard case .point(let lat, let lon) = item else { return nil }
      return GeoPoint(latitude: lat.doubleValue, longitude: lon.doubleValue)
    }
  }
}
