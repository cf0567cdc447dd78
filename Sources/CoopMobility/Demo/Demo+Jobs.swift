import CoopEngine
import CoopHub
import Foundation

extension Demo {
  /// Step 7a: the analyst starts one job per algorithm.
  func startJobs(hashes: [String: String], hub: DemoHub) throws -> [String: String] {
    var jobs: [String: String] = [:]
    for name in DemoOptions.algorithms {
      guard let hash = hashes[name] else { continue }
      let output = try cli.run([
        "jobs", "start", hash, "--hub", hub.url, "--key", "keys/analyst.key", "--deadline", String(options.deadline),
      ])
      // "started JOB: algorithm, N round(s), M edge(s)"
      guard let id = output.split(separator: " ").dropFirst().first.map({ String($0.dropLast()) }) else {
        throw DemoError.step("coop jobs start printed no job id for \(name)")
      }
      jobs[name] = id
    }
    return jobs
  }

  /// Step 7b: polls the hub until every job is complete (or partial), printing progress.
  func waitForJobs(_ jobs: [String: String], hub: DemoHub, edges: Int) throws -> [String: JobResults] {
    var last = ""
    let timeout = Double(options.deadline) * 5 + 120
    return try poll(timeout: timeout, interval: 0.5, what: "the jobs to finish") { () -> [String: JobResults]? in
      var results: [String: JobResults] = [:]
      for name in DemoOptions.algorithms {
        guard let id = jobs[name] else { continue }
        let json = try cli.run(["results", id, "--hub", hub.url, "--key", "keys/analyst.key", "--format", "json"])
        results[name] = try JSONDecoder().decode(JobResults.self, from: Data(json.utf8))
      }
      let line = DemoOptions.algorithms.compactMap { name -> String? in
        guard let r = results[name], let round = r.rounds.last else { return nil }
        let answered = round.contributors.count + round.refusals.count
        let rounds = r.job.rounds > 1 ? " round \(round.round)/\(r.job.rounds)" : ""
        return "\(name)\(rounds) \(answered)/\(edges) edges (\(r.job.status))"
      }.joined(separator: " · ")
      if line != last {
        step(7, line)
        last = line
      }
      let finished = results.values.allSatisfy { ["completed", "partial", "failed"].contains($0.job.status) }
      return finished && results.count == jobs.count ? results : nil
    }
  }
}
