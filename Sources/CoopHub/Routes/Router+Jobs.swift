import CoopGovernance
import Hummingbird

extension JobRequest: StrictMessage {
  static let fields: Set<String> = ["bundle", "parameters", "deadlineSeconds"]
}

/// Analysts start jobs and read their results; operators follow them.
extension HubAPI {
  static let jobEndpoints: [HubEndpoint] = [
    HubEndpoint(.post, "/v1/jobs", [.analyst]) { request, context, service in
      let body = try await request.decodeStrictly(JobRequest.self)
      let analyst = try context.require([.analyst])
      return try JSONResponse.make(
        try await service.startJob(body, analyst: analyst), status: .created)
    },
    HubEndpoint(.get, "/v1/jobs", [.analyst, .operator]) { _, _, service in
      try JSONResponse.make(try await service.jobs())
    },
    HubEndpoint(.get, "/v1/jobs/{id}", [.analyst, .operator]) { _, context, service in
      try JSONResponse.make(try await service.view(job: context.parameters.get("id") ?? ""))
    },
    HubEndpoint(.get, "/v1/jobs/{id}/results", [.analyst]) { _, context, service in
      try JSONResponse.make(try await service.results(job: context.parameters.get("id") ?? ""))
    },
  ]
}
