/// `POST /v1/edges` and `POST /v1/principals`: an operator registers a key with a role.
public struct PrincipalRegistration: Codable, Sendable, Equatable {
  /// `edge`, `author` or `analyst` (board members come from the board file, operators from
  /// the hub's configuration).
  public var role: String
  /// A display name (the company for an edge).
  public var name: String
  /// Base64 public key.
  public var key: String

  /// A registration.
  public init(role: String, name: String, key: String) {
    self.role = role
    self.name = name
    self.key = key
  }
}

/// A registered key.
public struct PrincipalView: Codable, Sendable, Equatable {
  /// Its key id.
  public var id: String
  /// Its role.
  public var role: String
  /// Its name.
  public var name: String
  /// Base64 public key.
  public var key: String
  /// When an operator retired it (absent while it is active).
  public var retiredAt: String?

  /// A view.
  public init(id: String, role: String, name: String, key: String, retiredAt: String? = nil) {
    self.id = id
    self.role = role
    self.name = name
    self.key = key
    self.retiredAt = retiredAt
  }
}

/// `GET /health`: liveness and the hub's public key, which edges pin.
public struct HealthView: Codable, Sendable, Equatable {
  /// `ok`.
  public var status: String
  /// The hub's key id.
  public var hub: String
  /// The hub's base64 public key.
  public var key: String

  /// A health report.
  public init(status: String, hub: String, key: String) {
    self.status = status
    self.hub = hub
    self.key = key
  }
}
