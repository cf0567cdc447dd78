import Hummingbird

/// One endpoint of the hub API: method, path (OpenAPI style, `{name}` for a parameter), the
/// roles it admits (empty: public, unsigned) and its handler. `HubAPI.endpoints` lists them
/// all; the router, the authorization tests and `Docs/openapi.yaml` agree on that list.
public struct HubEndpoint: Sendable {
  /// Handles a request whose caller was authenticated and authorized.
  typealias Handler = @Sendable (Request, HubRequestContext, HubService) async throws -> Response

  /// The HTTP method.
  public let method: HTTPRequest.Method
  /// The path, with `{name}` parameters.
  public let path: String
  /// The roles admitted; empty for a public endpoint.
  public let roles: Set<HubRole>
  let handler: Handler

  init(
    _ method: HTTPRequest.Method, _ path: String, _ roles: Set<HubRole>,
    _ handler: @escaping Handler
  ) {
    self.method = method
    self.path = path
    self.roles = roles
    self.handler = handler
  }

  /// The path in the router's syntax (`:name` parameters).
  var routerPath: String {
    path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
      segment.hasPrefix("{") && segment.hasSuffix("}")
        ? ":" + segment.dropFirst().dropLast() : String(segment)
    }.joined(separator: "/")
  }

  /// Whether the endpoint needs a signed request.
  public var isSigned: Bool { !roles.isEmpty }
}
