import CoopCrypto
import CoopGovernance
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A signed request with any body and content type, to send a running hub malformed input.
enum RawRequest {
  /// The status of `POST url+path` with `body` and `contentType`, signed by `key`.
  static func post(
    _ base: String, _ path: String, body: Data, contentType: String, key: SecretKey
  ) async throws -> Int {
    var request = URLRequest(url: URL(string: base + path)!)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue(contentType, forHTTPHeaderField: "Content-Type")
    let signature = RequestSignature.sign(method: "POST", path: path, body: Array(body), key: key)
    for header in signature.headers {
      request.setValue(header.value, forHTTPHeaderField: header.name)
    }
    let (_, response) = try await URLSession.shared.data(for: request)
    return (response as? HTTPURLResponse)?.statusCode ?? 0
  }
}
