import CoopGovernance
import Hummingbird

/// Checks every `/v1` request's signature before its route runs: the `Coop-*` headers are
/// present and well formed, the key is known, the timestamp is within the allowed clock skew,
/// the signature covers this method, path, timestamp, nonce and body, and the nonce is new.
/// Any failure is 401; the route then checks the caller's role (403).
struct RequestAuthenticator: RouterMiddleware {
  typealias Context = HubRequestContext
  /// The largest request body, in bytes (larger: 413).
  static let maxBodyBytes = 1 << 20

  let service: HubService

  func handle(
    _ input: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var request = input
    guard
      let signature = RequestSignature(header: { name in
        let lowercased = name.lowercased()
        return request.headers.first { $0.name.canonicalName == lowercased }?.value
      })
    else {
      throw HubError.unauthenticated(
        "missing or malformed Coop-Key, Coop-Timestamp, Coop-Nonce "
          + "or Coop-Signature header")
    }
    guard let caller = try await service.principal(id: signature.key.text) else {
      throw HubError.unauthenticated("unknown or retired key \(signature.key)")
    }
    let now = service.clock()
    let skew = Int64(service.configuration.clockSkewSeconds)
    guard abs(now - signature.timestamp.secondsSinceEpoch) <= skew else {
      throw HubError.unauthenticated(
        "stale timestamp \(signature.timestamp): more than \(skew) s from the hub's clock")
    }
    let body = try await request.collectBody(upTo: Self.maxBodyBytes)
    guard
      signature.isValid(
        method: request.method.rawValue, path: request.uri.string,
        body: Array(buffer: body), publicKey: caller.key)
    else { throw HubError.unauthenticated("the request signature does not verify") }
    guard
      try await service.store.claim(
        key: signature.key.text, nonce: signature.nonce, now: now, window: skew)
    else { throw HubError.unauthenticated("replayed nonce") }
    var context = context
    context.caller = caller
    service.metrics.increment("requests_authenticated")
    return try await next(request, context)
  }
}
