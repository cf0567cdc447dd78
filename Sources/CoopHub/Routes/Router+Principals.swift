import CoopCrypto
import CoopGovernance
import Hummingbird

extension PrincipalRegistration: StrictMessage {
  static let fields: Set<String> = ["role", "name", "key"]
}

/// Operators enroll edges and register authors and analysts.
extension HubAPI {
  static let principalEndpoints: [HubEndpoint] = [
    HubEndpoint(.post, "/v1/edges", [.operator]) { request, _, service in
      let body = try await request.decodeStrictly(PrincipalRegistration.self)
      guard body.role == HubRole.edge.rawValue else {
        throw HubError.badRequest("'role' must be 'edge' here")
      }
      return try await register(body, service: service)
    },
    HubEndpoint(.get, "/v1/edges", [.operator, .analyst]) { _, _, service in
      // Retired edges too (with `retiredAt`): old jobs name them.
      try JSONResponse.make(
        try await service.store.perform { try $0.principals(role: .edge, includingRetired: true) })
    },
    HubEndpoint(.post, "/v1/principals", [.operator]) { request, _, service in
      let body = try await request.decodeStrictly(PrincipalRegistration.self)
      guard let role = HubRole(rawValue: body.role), [.edge, .author, .analyst].contains(role)
      else { throw HubError.badRequest("'role' must be 'edge', 'author' or 'analyst'") }
      return try await register(body, service: service)
    },
    HubEndpoint(.delete, "/v1/principals/{id}", [.operator]) { _, context, service in
      try JSONResponse.make(
        try await service.retire(principal: context.parameters.get("id") ?? "", by: context.caller))
    },
  ]

  /// Registers the key of `body`: 201 when new, 200 when already registered with that role.
  static func register(_ body: PrincipalRegistration, service: HubService) async throws
    -> Response
  {
    guard let key = try? PublicKey(base64: body.key) else {
      throw HubError.badRequest("'key' is not a base64 Ed25519 public key")
    }
    guard KeyOwner.isSingleLine(body.name), !body.name.isEmpty else {
      throw HubError.badRequest("'name' must be one non-empty line")
    }
    guard let role = HubRole(rawValue: body.role) else { throw HubError.badRequest("bad role") }
    guard try await service.principal(id: key.id.text).map({ $0.role == role }) ?? true else {
      throw HubError.conflict("key \(key.id) already has another role")
    }
    let principal = Principal(key: key, role: role, name: body.name)
    let inserted = try await service.store.perform { try $0.register(principal) }
    if role == .edge && inserted { service.metrics.increment("edges_enrolled") }
    return try JSONResponse.make(
      PrincipalView(id: key.id.text, role: role.rawValue, name: body.name, key: body.key),
      status: inserted ? .created : .ok)
  }
}
