import CoopCrypto
import CoopGovernance
import Hummingbird

extension ApprovalMessage: StrictMessage {
  static let fields: Set<String> = ["signer", "validFrom", "validUntil", "signature"]
}

extension RevocationMessage: StrictMessage {
  static let fields: Set<String> = ["signer", "time", "reason", "signature"]
}

/// Board members post their approvals and revocations; the hub checks each signature against
/// the board it pins before storing it, and edges check them all again.
extension HubAPI {
  static let approvalEndpoints: [HubEndpoint] = [
    HubEndpoint(.post, "/v1/bundles/{hash}/approvals", [.board]) { request, context, service in
      let (stored, _) = try await service.storedBundle(context.parameters.get("hash") ?? "")
      let message = try await request.decodeStrictly(ApprovalMessage.self)
      let approval = try refusing { try message.approval(of: stored.file.bundle.hash) }
      let member = try service.signingMember(approval.signer, caller: context.caller)
      guard approval.isSigned(by: member.key) else {
        throw HubError.refused("the approval's signature does not verify")
      }
      guard member.key != stored.file.bundle.author else {
        throw HubError.refused("the author's approval never counts")
      }
      guard approval.validUntil >= service.now else {
        throw HubError.refused("the approval's window is over")
      }
      return try await storeBoardAct(
        .approve, on: approval.bundleHash, by: approval.signer, counted: "approvals", service: service
      ) { try $0.insert(approval) }
    },
    HubEndpoint(.post, "/v1/bundles/{hash}/revocations", [.board]) { request, context, service in
      let (stored, _) = try await service.storedBundle(context.parameters.get("hash") ?? "")
      let message = try await request.decodeStrictly(RevocationMessage.self)
      let revocation = try refusing { try message.revocation(of: stored.file.bundle.hash) }
      let member = try service.signingMember(revocation.signer, caller: context.caller)
      guard revocation.isSigned(by: member.key) else {
        throw HubError.refused("the revocation's signature does not verify")
      }
      return try await storeBoardAct(
        .revoke, on: revocation.bundleHash, by: revocation.signer, counted: "revocations",
        service: service
      ) { try $0.insert(revocation) }
    },
  ]

  /// Stores a verified approval or revocation with `insert`, counts it, logs it when it is new,
  /// and answers with the bundle's summary: 201 when new, 200 when already stored.
  static func storeBoardAct(
    _ kind: AuditKind, on bundle: Digest, by signer: KeyID, counted metric: String,
    service: HubService, insert: @escaping @Sendable (HubDatabase) throws -> Bool
  ) async throws -> Response {
    let inserted = try await service.store.perform(insert)
    service.metrics.increment(metric)
    if inserted { try await service.record(kind, ["bundle": bundle.hex, "signer": signer.text]) }
    let (updated, revocations) = try await service.storedBundle(bundle.hex)
    return try JSONResponse.make(
      service.summary(updated, revocations), status: inserted ? .created : .ok)
  }

  /// The value of `body`, or a 422 refusal carrying its error.
  static func refusing<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as HubError { throw error } catch {
      throw HubError.refused("\(error)")
    }
  }
}

extension HubService {
  /// The board member named `signer`, who must be the caller.
  func signingMember(_ signer: KeyID, caller: Principal?) throws -> BoardMember {
    guard signer == caller?.key.id else {
      throw HubError.refused("the signer \(signer) is not the key that signed the request")
    }
    guard let member = board?.member(signer) else {
      throw HubError.refused("\(signer) is not a member of the hub's board")
    }
    return member
  }
}
