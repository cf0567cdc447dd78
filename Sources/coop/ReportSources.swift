import ArgumentParser
import CoopCrypto
import CoopEdge
import CoopEngine
import CoopGovernance
import CoopHub
import CoopLang
import CoopMobility
import Foundation

/// Where `coop report` reads a run: a report input file, or the hub's finished jobs.
enum ReportSource {
  /// The report input from a file; `.invalidInput` and friends when it is not one.
  static func read(file path: String) throws -> SynergyReportInput {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure.usageError("cannot read '\(path)'")
    }
    return try SynergyReportInput(json: data)
  }

  /// The report input of three finished jobs: their results, their approved scripts (checked
  /// again, and the bundle's hash compared with the job's) and the edges' enrolled names.
  static func fetch(hub: String, key: String, jobs: [String: String], schemas: [String]) async throws
    -> SynergyReportInput
  {
    let options = try HubOptions.parse(["--hub", hub, "--key", key])
    let client = try options.client(roles: [.analyst])
    var finished: [String: FinishedJob] = [:]
    for (name, id) in jobs {
      let results: JobResults = try await client.get("/v1/jobs/\(id)/results")
      let document: BundleDocument = try await client.get("/v1/bundles/\(results.job.bundle)")
      let bundle = try document.bundleFile(hash: results.job.bundle).bundle
      finished[name] = FinishedJob(results: results, script: try check(bundle.script, job: id, schemas: schemas))
    }
    let edges: [PrincipalView] = try await client.get("/v1/edges")
    let names = Dictionary(edges.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return try SynergyReportInput.assemble(jobs: finished, edgeNames: names, hub: hub, date: Date())
  }

  /// A job's script, checked against the schemas as the edges checked it.
  private static func check(_ text: String, job: String, schemas: [String]) throws -> CheckedScript {
    let directories =
      schemas.isEmpty
      ? SchemaCatalog.defaultDirectories(
        currentDirectory: FileManager.default.currentDirectoryPath, executablePath: ExecutablePath.current)
      : schemas
    let source = SourceText(path: "job \(job)", text: text)
    let result = Checker.check(source, registry: SchemaRegistry(directories: directories.map { URL(fileURLWithPath: $0) }))
    guard let script = result.script else {
      let first = result.diagnostics.sorted.first?.message ?? "it does not check"
      throw SynergyReportError.invalidInput("job \(job)'s script does not check here: \(first) (see --schemas)")
    }
    return script
  }
}
