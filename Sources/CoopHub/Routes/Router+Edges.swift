import CoopGovernance
import Hummingbird

extension ResultSubmission: StrictMessage {
  static let fields: Set<String> = ["sealed", "refusal"]
}

/// Edges long-poll for tasks and post their sealed results or refusals.
extension HubAPI {
  static let edgeEndpoints: [HubEndpoint] = [
    HubEndpoint(.get, "/v1/edge/tasks", [.edge]) { request, context, service in
      let wait = request.uri.queryParameters.get("wait", as: Int.self) ?? 0
      return try JSONResponse.make(
        try await service.tasks(edge: try context.require([.edge]), wait: wait))
    },
    HubEndpoint(.post, "/v1/jobs/{id}/rounds/{round}/result", [.edge]) {
      request, context, service in
      guard let round = context.parameters.get("round", as: Int.self), round >= 1 else {
        throw HubError.badRequest("the round must be a positive integer")
      }
      let submission = try await request.decodeStrictly(ResultSubmission.self)
      let (receipt, created) = try await service.submit(
        submission, job: context.parameters.get("id") ?? "", round: round,
        edge: try context.require([.edge]))
      return try JSONResponse.make(receipt, status: created ? .created : .ok)
    },
  ]
}
