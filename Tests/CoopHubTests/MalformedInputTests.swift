import CoopCrypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CoopHub

/// Malformed JSON, unknown fields, wrong content type and oversized bodies get a clear 4xx,
/// and the hub keeps serving.
@Suite struct MalformedInputTests {
  @Test func badBodiesAreRefusedAndTheHubKeepsServing() async throws {
    let fixture = try HubFixture()
    defer { fixture.remove() }
    let key = fixture.operatorKey
    let edge = #"{"role":"edge","name":"A","key":"\#(SecretKey.generate().publicKey.base64)"}"#
    try await fixture.application.test(.router) { client in
      let cases: [(String, String, HTTPResponse.Status, String)] = [
        ("{not json", "application/json", .badRequest, "not a JSON object"),
        ("[1, 2]", "application/json", .badRequest, "not a JSON object"),
        (
          #"{"role":"edge","name":"A","key":"x","extra":1}"#, "application/json", .badRequest,
          "unknown field 'extra'"
        ),
        (#"{"role":"edge","name":"A"}"#, "application/json", .badRequest, "missing field 'key'"),
        (#"{"role":"edge","name":7,"key":"x"}"#, "application/json", .badRequest, "wrong type"),
        (edge, "text/plain", .unsupportedMediaType, "application/json"),
        (
          #"{"role":"edge","name":"A","key":"not a key"}"#, "application/json", .badRequest,
          "not a base64"
        ),
      ]
      for (body, type, status, message) in cases {
        let response = try await client.signed(
          .post, "/v1/edges", key: key, body: body, contentType: type)
        #expect(response.status == status, "\(body)")
        #expect(String(buffer: response.body).contains(message), "\(body)")
      }
      let huge = String(repeating: "x", count: RequestAuthenticator.maxBodyBytes + 1)
      let oversized = try await client.signed(.post, "/v1/edges", key: key, body: huge)
      #expect(oversized.status == .contentTooLarge)
      let health = try await client.execute(uri: "/health", method: .get)
      #expect(health.status == .ok)
      let good = try await client.signed(.post, "/v1/edges", key: key, body: edge)
      #expect(good.status == .created)
    }
  }
}
