import CoopCrypto
import CoopGovernance

/// Keys registered by operators: edges, authors and analysts.
extension HubDatabase {
  /// The principal with key id `id`, if registered.
  func principal(id: String) throws -> Principal? {
    let statement = try connection.prepare("SELECT role, name, key FROM principals WHERE id = ?")
      .bind(.text(id))
    guard try statement.step(), let role = statement.text(0).flatMap(HubRole.init(rawValue:)),
      let name = statement.text(1), let key = try? PublicKey(base64: statement.text(2) ?? "")
    else { return nil }
    return Principal(key: key, role: role, name: name)
  }

  /// Registers `principal`; `false` if the key was already registered with the same role.
  /// Throws `conflict` when it is registered with another role.
  func register(_ principal: Principal) throws -> Bool {
    if let existing = try self.principal(id: principal.key.id.text) {
      guard existing.role == principal.role else {
        throw HubError.conflict("key \(principal.key.id) is already registered as \(existing.role)")
      }
      return false
    }
    try connection.prepare(
      "INSERT INTO principals (id, role, name, key, added_at) VALUES (?, ?, ?, ?, ?)"
    ).bind(
      .text(principal.key.id.text), .text(principal.role.rawValue), .text(principal.name),
      .text(principal.key.base64), .integer(Self.now())
    ).run()
    return true
  }

  /// The registered principals of `role`, by key id.
  func principals(role: HubRole) throws -> [PrincipalView] {
    let statement = try connection.prepare(
      "SELECT id, name, key FROM principals WHERE role = ? ORDER BY id"
    ).bind(.text(role.rawValue))
    var views: [PrincipalView] = []
    while try statement.step() {
      views.append(
        PrincipalView(
          id: statement.text(0) ?? "", role: role.rawValue, name: statement.text(1) ?? "",
          key: statement.text(2) ?? ""))
    }
    return views
  }
}
