import CoopCrypto
import CoopEngine
import CoopHub
import CoopLang
import Foundation

extension Demo {
  /// Step 8: the synergy report from the federated results, with the run's guarantees.
  func writeReport(results: [String: JobResults], companies: [CompanySummary], hub: DemoHub) throws -> URL {
    let scripts = try checkedScripts()
    var jobs: [String: FinishedJob] = [:]
    for name in DemoOptions.algorithms {
      guard let result = results[name], let script = scripts[name] else { continue }
      jobs[name] = FinishedJob(results: result, script: script)
    }
    let input: SynergyReportInput
    do {
      input = try SynergyReportInput.assemble(
        jobs: jobs, edgeNames: try edgeNames(companies: companies), hub: hub.url, date: Date())
    } catch {
      throw DemoError.step("\(error)")
    }
    let report = try SynergyReport(input: input, communes: try Communes.bundled())
    try report.write(to: options.output, language: options.language, keepingInput: true)
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
}
