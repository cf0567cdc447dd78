import CoopCrypto
import Hummingbird

/// The request context of the hub: the authenticated caller, once the signature is checked.
public struct HubRequestContext: RequestContext {
  /// Hummingbird's per-request storage.
  public var coreContext: CoreRequestContextStorage
  /// The caller whose signature was verified (`nil` on public endpoints).
  public var caller: Principal?
  /// The largest body the hub accepts, in bytes.
  public var maxUploadSize: Int { 1 << 20 }

  /// A context for a new request.
  public init(source: Source) {
    coreContext = .init(source: source)
  }

  /// The caller, who must hold one of `roles`; 403 otherwise.
  func require(_ roles: Set<HubRole>) throws -> Principal {
    guard let caller else { throw HubError.unauthenticated("the request is not signed") }
    guard roles.contains(caller.role) else {
      throw HubError.forbidden(
        "role \(caller.role.rawValue) may not use this endpoint (allowed: "
          + roles.map(\.rawValue).sorted().joined(separator: ", ") + ")")
    }
    return caller
  }
}

/// A key known to the hub and its role.
public struct Principal: Sendable, Equatable {
  /// The public key.
  public let key: PublicKey
  /// Its role.
  public let role: HubRole
  /// Its display name.
  public let name: String

  /// A principal.
  public init(key: PublicKey, role: HubRole, name: String) {
    self.key = key
    self.role = role
    self.name = name
  }
}
