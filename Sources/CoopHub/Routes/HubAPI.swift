import Hummingbird

/// The hub's HTTP API: every endpoint, and the router that serves them.
public enum HubAPI {
  /// Every endpoint, public ones first.
  public static let endpoints: [HubEndpoint] =
    healthEndpoints + bundleEndpoints + approvalEndpoints + jobEndpoints + edgeEndpoints
    + principalEndpoints

  /// A router serving `endpoints` for `service`: `/health` in the clear, everything under `/v1`
  /// signed (`RequestAuthenticator`) and checked against the endpoint's roles.
  public static func router(service: HubService) -> Router<HubRequestContext> {
    let router = Router(context: HubRequestContext.self)
    let signed = router.group("v1").add(middleware: RequestAuthenticator(service: service))
    for endpoint in endpoints {
      let handler = endpoint.handler
      let roles = endpoint.roles
      if endpoint.isSigned {
        let path = String(endpoint.routerPath.dropFirst("/v1/".count))
        signed.on(RouterPath(path), method: endpoint.method) { request, context in
          _ = try context.require(roles)
          return try await handler(request, context, service)
        }
      } else {
        router.on(RouterPath(endpoint.routerPath), method: endpoint.method) { request, context in
          try await handler(request, context, service)
        }
      }
    }
    return router
  }
}
