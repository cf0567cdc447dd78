import AsyncHTTPClient
import CoopCrypto
import CoopGovernance
import Foundation

/// A client of the hub API that signs every request with its key (see `RequestSignature`).
/// Used by the edge agent and by the CLI's author, board, analyst and operator commands.
///
/// It speaks HTTP through AsyncHTTPClient (SwiftNIO): Foundation's `URLSession` on Linux keeps a
/// core busy for as long as a request waits for its answer, which a long-polling edge always does.
public struct HubClient: Sendable {
  /// The hub's base URL, e.g. `http://127.0.0.1:8080`.
  public let baseURL: URL
  /// The caller's key.
  public let key: SecretKey
  /// Seconds a request may take, answer included.
  public let timeout: TimeInterval

  /// A client of the hub at `baseURL` signing with `key`; requests time out after `timeout`
  /// seconds (longer than any long-poll). It uses AsyncHTTPClient's shared, event-driven client:
  /// an edge waiting on a long-poll costs no CPU.
  public init(baseURL: URL, key: SecretKey, timeout: TimeInterval = 60) {
    self.baseURL = baseURL
    self.key = key
    self.timeout = timeout
  }

  /// The largest answer read (the hub's are far smaller).
  static let maximumAnswer = 64 << 20

  /// Sends a signed request; returns the status and body of any HTTP response.
  public func send(_ method: String, _ path: String, body: Data? = nil) async throws -> (
    status: Int, body: Data
  ) {
    guard let url = URL(string: path, relativeTo: baseURL) else {
      throw HubClientError.transport("bad path \(path)")
    }
    var request = HTTPClientRequest(url: url.absoluteString)
    request.method = .init(rawValue: method)
    let bytes = body.map { Array($0) } ?? []
    let signature = RequestSignature.sign(method: method, path: path, body: bytes, key: key)
    for header in signature.headers {
      request.headers.replaceOrAdd(name: header.name, value: header.value)
    }
    if body != nil {
      request.body = .bytes(bytes)
      request.headers.replaceOrAdd(name: "Content-Type", value: "application/json")
    }
    do {
      let response = try await HTTPClient.shared.execute(
        request, timeout: .milliseconds(Int64(timeout * 1000)))
      let answer = try await response.body.collect(upTo: Self.maximumAnswer)
      return (Int(response.status.code), Data(answer.readableBytesView))
    } catch {
      throw HubClientError.transport("\(baseURL.absoluteString): \(error)")
    }
  }

  /// `GET path`, decoded as `T`; a non-2xx status throws `HubClientError.status`.
  public func get<T: Decodable>(_ path: String, as type: T.Type = T.self) async throws -> T {
    try Self.decode(try await send("GET", path))
  }

  /// `POST path` with `body` as JSON, the answer decoded as `T`.
  public func post<B: Encodable, T: Decodable>(
    _ path: String, _ body: B, as type: T.Type = T.self
  ) async throws -> T {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try Self.decode(try await send("POST", path, body: try encoder.encode(body)))
  }

  /// `DELETE path`, the answer decoded as `T`.
  public func delete<T: Decodable>(_ path: String, as type: T.Type = T.self) async throws -> T {
    try Self.decode(try await send("DELETE", path))
  }

  /// `GET path` as text (the operator's metrics); a non-2xx status throws
  /// `HubClientError.status`.
  public func getText(_ path: String) async throws -> String {
    let response = try await send("GET", path)
    try Self.requireSuccess(response)
    return String(decoding: response.body, as: UTF8.self)
  }

  static func decode<T: Decodable>(_ response: (status: Int, body: Data)) throws -> T {
    try requireSuccess(response)
    do { return try JSONDecoder().decode(T.self, from: response.body) } catch {
      throw HubClientError.malformedResponse("\(T.self)")
    }
  }

  /// Throws `HubClientError.status` with the hub's error code and message unless 2xx.
  static func requireSuccess(_ response: (status: Int, body: Data)) throws {
    guard (200..<300).contains(response.status) else {
      let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
      let error = object?["error"] as? [String: Any]
      throw HubClientError.status(
        response.status, code: error?["code"] as? String ?? "",
        message: error?["message"] as? String ?? String(decoding: response.body, as: UTF8.self))
    }
  }
}

/// Why a hub request failed.
public enum HubClientError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The hub answered with an error status.
  case status(Int, code: String, message: String)
  /// The hub could not be reached, or the connection failed.
  case transport(String)
  /// The hub's answer is not the expected message.
  case malformedResponse(String)

  /// One line: `hub refused (403 forbidden): …`.
  public var description: String {
    switch self {
    case .status(let status, let code, let message):
      "hub answered \(status) \(code): \(message)"
    case .transport(let what): "cannot reach the hub at \(what)"
    case .malformedResponse(let type): "the hub's answer is not a valid \(type)"
    }
  }

  /// Whether retrying later may succeed (transport failures and 5xx).
  public var isTransient: Bool {
    switch self {
    case .transport: true
    case .status(let status, _, _): status >= 500 || status == 429
    case .malformedResponse: false
    }
  }
}
