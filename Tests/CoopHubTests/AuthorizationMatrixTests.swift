import CoopCrypto
import CoopGovernance
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CoopHub

/// Every signed endpoint × {no signature, bad signature, stale timestamp, replayed nonce,
/// wrong role}: 401 for the first four, 403 for the last; the right role gets past both.
@Suite struct AuthorizationMatrixTests {
  @Test func everySignedEndpointRefusesBadCallers() async throws {
    let fixture = try HubFixture()
    defer { fixture.remove() }
    try await fixture.registerEveryone()
    let keys: [HubRole: SecretKey] = [
      .operator: fixture.operatorKey, .author: fixture.author, .analyst: fixture.analyst,
      .board: fixture.members[0], .edge: fixture.edges[0],
    ]
    let endpoints = HubAPI.endpoints.filter(\.isSigned)
    #expect(endpoints.count >= 15)
    try await fixture.application.test(.router) { client in
      for endpoint in endpoints {
        let path = Self.concrete(endpoint.path)
        let body: String? = endpoint.method == .post ? "{}" : nil
        let allowed = HubRole.allCases.first { endpoint.roles.contains($0) }!
        let forbidden = HubRole.allCases.first { !endpoint.roles.contains($0) }
        let label = "\(endpoint.method) \(endpoint.path)"

        let unsigned = try await client.signed(endpoint.method, path, key: nil, body: body)
        #expect(unsigned.status == .unauthorized, "\(label) unsigned")
        let tampered = try await client.signed(
          endpoint.method, path, key: keys[allowed], body: body, tamper: true)
        #expect(tampered.status == .unauthorized, "\(label) bad signature")
        let stale = try await client.signed(
          endpoint.method, path, key: keys[allowed], body: body,
          at: Timestamp.now().adding(seconds: -3600))
        #expect(stale.status == .unauthorized, "\(label) stale")
        let unknown = try await client.signed(
          endpoint.method, path, key: SecretKey.generate(), body: body)
        #expect(unknown.status == .unauthorized, "\(label) unknown key")
        if let forbidden {
          let wrong = try await client.signed(
            endpoint.method, path, key: keys[forbidden], body: body)
          #expect(wrong.status == .forbidden, "\(label) as \(forbidden)")
        }

        let bytes = Array((body ?? "").utf8)
        let signature = RequestSignature.sign(
          method: endpoint.method.rawValue, path: path, body: bytes, key: keys[allowed]!)
        var headers = type(of: client).headers(signature)
        if body != nil { headers[.contentType] = "application/json" }
        let first = try await client.execute(
          uri: path, method: endpoint.method, headers: headers,
          body: body.map { ByteBuffer(string: $0) })
        #expect(first.status != .unauthorized && first.status != .forbidden, "\(label) allowed")
        #expect(first.status != .notFound || path.contains("0000"), "\(label) is served")
        let replay = try await client.execute(
          uri: path, method: endpoint.method, headers: headers,
          body: body.map { ByteBuffer(string: $0) })
        #expect(replay.status == .unauthorized, "\(label) replayed")
      }
    }
  }

  /// The path with its parameters filled in.
  static func concrete(_ path: String) -> String {
    path.replacingOccurrences(of: "{hash}", with: String(repeating: "0", count: 64))
      .replacingOccurrences(of: "{id}", with: "job-0000")
      .replacingOccurrences(of: "{round}", with: "1")
  }
}
