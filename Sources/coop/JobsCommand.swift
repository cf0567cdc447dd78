import ArgumentParser
import CoopGovernance
import Foundation

/// `coop jobs`: analysts start jobs and follow them.
struct JobsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jobs", abstract: "Start and list jobs on the hub.",
    subcommands: [JobsStartCommand.self, JobsListCommand.self])
}

/// `coop jobs start`: runs an approved bundle on every enrolled edge.
struct JobsStartCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start", abstract: "Start a job of an approved bundle on every enrolled edge.")

  @Argument(help: "The bundle hash.")
  var bundle: String

  @OptionGroup var hubOptions: HubOptions

  @Option(
    help: ArgumentHelp("A first-round parameter, NAME=JSON (repeatable).", valueName: "name=json"))
  var param: [String] = []

  @Option(help: "Seconds each round waits for the edges (default: the hub's).")
  var deadline: Int?

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: [.analyst])
      var parameters: [String: JSONValue] = [:]
      for item in param {
        guard let equals = item.firstIndex(of: "="),
          let value = try? JSONDecoder().decode(
            JSONValue.self, from: Data(item[item.index(after: equals)...].utf8))
        else { throw CommandFailure.usageError("--param must be NAME=JSON, got '\(item)'") }
        parameters[String(item[..<equals])] = value
      }
      let job: JobView = try await client.post(
        "/v1/jobs", JobRequest(bundle: bundle, parameters: parameters, deadlineSeconds: deadline))
      Terminal.show(
        "started \(job.id): \(job.algorithm), \(job.rounds) round(s), \(job.edges.count) edge(s)")
    }
  }
}

/// `coop jobs list`: every job and its state.
struct JobsListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the hub's jobs.")

  @OptionGroup var hubOptions: HubOptions

  func run() async throws {
    try await CommandFailure.reportingAsync {
      let client = try hubOptions.client(roles: [.analyst, .hub, .author, .board, .edge])
      let jobs: [JobView] = try await client.get("/v1/jobs")
      if jobs.isEmpty { print("no job") }
      for job in jobs {
        let answered = Set(job.answers.filter { $0.round == job.round }.map(\.edge)).count
        Terminal.show(
          "\(job.id)  \(job.algorithm)  \(job.status)  round \(job.round)/\(job.rounds)  "
            + "\(answered)/\(job.edges.count) answered  \(job.createdAt)"
            + (job.error.map { "  error: \($0)" } ?? ""))
      }
    }
  }
}
