import CoopEngine
import CoopGovernance
import Foundation

/// What edges are asked to do, and what analysts read back.
extension HubService {
  /// The open rounds `edge` has not answered, waiting up to `wait` seconds for one to open.
  func tasks(edge: Principal, wait: Int) async throws -> [EdgeTask] {
    let id = edge.key.id.text
    let deadline = ContinuousClock.now + .seconds(min(max(0, wait), configuration.longPollSeconds))
    while true {
      let seen = signal.current
      let tasks = try await store.perform { try $0.tasks(edge: id) }
      if !tasks.isEmpty || ContinuousClock.now >= deadline {
        return try tasks.map { job, round in
          EdgeTask(
            job: job.id, round: round.round, rounds: job.rounds, bundle: job.bundle,
            parameters: try Self.parameters(round.parameters),
            deadline: Timestamp(secondsSinceEpoch: round.deadlineAt).text)
        }
      }
      await signal.wait(after: seen, timeout: deadline - ContinuousClock.now)
    }
  }

  /// The results of job `id`, round by round.
  func results(job id: String) async throws -> JobResults {
    let job = try await view(job: id)
    let (rounds, answers, retired) = try await store.perform { database in
      (try database.rounds(job: id), try database.answers(job: id), try database.retired(among: job.edges))
    }
    let results = try rounds.map { round in
      let answered = answers.filter { $0.round == round.round }
      let table = try round.federated.map {
        try JSONDecoder().decode(ReleaseTable.self, from: Data($0))
      }
      return RoundResult(
        round: round.round, status: round.status, parameters: try Self.parameters(round.parameters),
        deadline: Timestamp(secondsSinceEpoch: round.deadlineAt).text, table: table,
        contributors: answered.filter { $0.status == "released" }.map(\.edge),
        refusals: answered.filter { $0.status == "refused" }.map {
          EdgeAnswer(edge: $0.edge, round: $0.round, status: $0.status, reason: $0.reason)
        },
        missing: job.edges.filter { edge in !retired.contains(edge) && !answered.contains { $0.edge == edge } },
        retired: Self.nonEmpty(job.edges.filter { edge in retired.contains(edge) && !answered.contains { $0.edge == edge } }))
    }
    return JobResults(job: job, rounds: results)
  }

  static func nonEmpty(_ list: [String]) -> [String]? { list.isEmpty ? nil : list }

  static func parameters(_ bytes: [UInt8]) throws -> [String: JSONValue] {
    try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
  }
}
