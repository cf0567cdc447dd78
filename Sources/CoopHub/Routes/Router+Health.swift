import CoopGovernance
import Hummingbird

/// `GET /health`: public liveness, with the hub's public key; `GET /v1/metrics`: counters.
extension HubAPI {
  static let healthEndpoints: [HubEndpoint] = [
    HubEndpoint(.get, "/health", []) { _, _, service in
      try JSONResponse.make(
        HealthView(status: "ok", hub: service.key.id.text, key: service.key.publicKey.base64))
    },
    HubEndpoint(.get, "/v1/metrics", [.operator]) { _, _, service in
      var headers = HTTPFields()
      headers[.contentType] = "text/plain; version=0.0.4"
      return Response(
        status: .ok, headers: headers,
        body: .init(byteBuffer: ByteBuffer(string: service.metrics.text())))
    },
  ]
}
