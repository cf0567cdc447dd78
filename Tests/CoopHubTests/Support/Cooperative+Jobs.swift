import CoopCrypto
import CoopEdge
import CoopGovernance
import Foundation

@testable import CoopHub

/// The roles' steps through the `coop` commands: bundle, submit, approve, start, read results.
extension Cooperative {
  /// Bundles `Algorithms/mobility/NAME.coop` as the author; returns the bundle file's name.
  func bundle(_ name: String) throws -> String {
    let file = name + ".coopbundle"
    try runCoop(
      ["bundle", "\(Cooperative.packageRoot)/Algorithms/mobility/\(name).coop", "--key", "author.key",
       "--out", file, "--schemas", Cooperative.schemas])
    return file
  }

  /// Submits `file` as the author and has two of the three members approve it on the hub;
  /// returns its hash.
  func submitAndApprove(_ file: String) throws -> String {
    let submitted = try coop("submit", file, as: "author")
    guard let hash = submitted.split(separator: " ").dropFirst().first.map(String.init) else {
      throw CooperativeError.unexpected("submit printed: \(submitted)")
    }
    try coop("approve", hash, as: "member-0")
    let approved = try coop("approve", hash, as: "member-1")
    guard approved.contains("status approved") else {
      throw CooperativeError.unexpected("approve printed: \(approved)")
    }
    return hash
  }

  /// Starts a job of bundle `hash` as the analyst; returns its id.
  func startJob(_ hash: String, deadline: Int? = nil) throws -> String {
    let started = try runCoop(
      ["jobs", "start", hash, "--hub", hubURL, "--key", "analyst.key"]
        + (deadline.map { ["--deadline", String($0)] } ?? []))
    guard let id = started.split(separator: " ").dropFirst().first?.dropLast() else {
      throw CooperativeError.unexpected("jobs start printed: \(started)")
    }
    return String(id)
  }

  /// The job's results as the analyst reads them with `coop results --format json`.
  func results(_ job: String) throws -> JobResults {
    let json = try coop("results", job, "--format", "json", as: "analyst")
    return try JSONDecoder().decode(JobResults.self, from: Data(json.utf8))
  }

  /// The job's results as `coop results` prints them for the analyst.
  func resultsTable(_ job: String) throws -> String { try coop("results", job, as: "analyst") }

  /// Polls the hub (every 100 ms, up to `timeout` s) until the job is no longer running;
  /// returns its final results.
  func finished(_ job: String, timeout: TimeInterval = 60) async throws -> JobResults {
    let client = HubClient(baseURL: URL(string: hubURL)!, key: analyst)
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let view: JobView = try await client.get("/v1/jobs/\(job)")
      if view.status != "running" { return try results(job) }
      try await Task.sleep(for: .milliseconds(100))
    }
    throw CooperativeError.unexpected("job \(job) still running after \(timeout) s: \(try resultsTable(job))")
  }

  /// Board members `signers` revoke bundle `hash` on the hub, with `coop revoke --hub`.
  func revoke(_ hash: String, by signers: [Int], reason: String) async throws {
    for index in signers {
      let output = try coop("revoke", hash, "--reason", reason, as: "member-\(index)")
      guard output.contains("sent to the hub; status") else {
        throw CooperativeError.command("revoke \(hash)", status: 0, output: output)
      }
    }
  }
}
