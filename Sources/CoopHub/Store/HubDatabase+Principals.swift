import CoopCrypto
import CoopGovernance

/// Keys registered by operators: edges, authors and analysts.
extension HubDatabase {
  /// The principal with key id `id`, if registered and not retired.
  func principal(id: String) throws -> Principal? {
    let statement = try connection.prepare(
      "SELECT role, name, key FROM principals WHERE id = ? AND retired_at IS NULL"
    ).bind(.text(id))
    guard try statement.step(), let role = statement.text(0).flatMap(HubRole.init(rawValue:)),
      let name = statement.text(1), let key = try? PublicKey(base64: statement.text(2) ?? "")
    else { return nil }
    return Principal(key: key, role: role, name: name)
  }

  /// Registers `principal`; `false` if the key was already registered with the same role.
  /// Throws `conflict` when it is registered with another role.
  func register(_ principal: Principal) throws -> Bool {
    guard try !isRetired(id: principal.key.id.text) else {
      throw HubError.conflict("key \(principal.key.id) was retired; make a new key")
    }
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

  /// Whether key id `id` was registered, then retired.
  func isRetired(id: String) throws -> Bool {
    let statement = try connection.prepare(
      "SELECT 1 FROM principals WHERE id = ? AND retired_at IS NOT NULL"
    ).bind(.text(id))
    return try statement.step()
  }

  /// Retires key id `id`: it no longer authenticates, new jobs are not sent to it, and running
  /// jobs stop waiting for it. Returns its view, or nil when no active key has that id.
  func retire(id: String) throws -> PrincipalView? {
    guard let principal = try principal(id: id) else { return nil }
    try connection.prepare("UPDATE principals SET retired_at = ? WHERE id = ?")
      .bind(.integer(Self.now()), .text(id)).run()
    return PrincipalView(
      id: id, role: principal.role.rawValue, name: principal.name, key: principal.key.base64)
  }

  /// The key ids of retired edges among `ids`, in one query (rounds ask on every answer).
  func retired(among ids: [String]) throws -> Set<String> {
    let statement = try connection.prepare("SELECT id FROM principals WHERE retired_at IS NOT NULL")
    var retired: Set<String> = []
    while try statement.step() { retired.insert(statement.text(0) ?? "") }
    return retired.intersection(ids)
  }

  /// The principals of `role`, by key id: the active ones, or with `includingRetired` all of
  /// them (retired ones with their retirement time).
  func principals(role: HubRole, includingRetired: Bool = false) throws -> [PrincipalView] {
    let statement = try connection.prepare(
      "SELECT id, name, key, retired_at FROM principals WHERE role = ?"
        + (includingRetired ? "" : " AND retired_at IS NULL") + " ORDER BY id"
    ).bind(.text(role.rawValue))
    var views: [PrincipalView] = []
    while try statement.step() {
      let retired = statement.isNull(3) ? nil : Timestamp(secondsSinceEpoch: statement.integer(3)).text
      views.append(
        PrincipalView(
          id: statement.text(0) ?? "", role: role.rawValue, name: statement.text(1) ?? "",
          key: statement.text(2) ?? "", retiredAt: retired))
    }
    return views
  }
}
