import CoopCrypto
import CoopEngine
import CoopGovernance
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

@testable import CoopHub

/// A hub in a temporary directory with a 3-member board (quorum 2), an operator, an author, an
/// analyst and `edgeCount` enrolled edges; requests are signed by the fixture's keys.
struct HubFixture {
  let directory: String
  let members: [SecretKey]
  let board: Board
  let operatorKey = SecretKey.generate()
  let author = SecretKey.generate()
  let analyst = SecretKey.generate()
  let edges: [SecretKey]
  let service: HubService

  init(
    edgeCount: Int = 2, combiner: (any RoundCombiner)? = nil,
    parameterChecker: (any ParameterChecker)? = nil,
    clock: @escaping @Sendable () -> Int64 = { Timestamp.now().secondsSinceEpoch }
  ) throws {
    directory = NSTemporaryDirectory() + "coop-hub-tests-" + UUID().uuidString
    members = (0..<3).map { _ in SecretKey.generate() }
    board = try Board(
      members: members.enumerated().map { index, key in
        BoardMember(
          owner: try KeyOwner(name: "Member \(index)", organisation: ""), key: key.publicKey)
      }, quorum: 2)
    edges = (0..<edgeCount).map { _ in SecretKey.generate() }
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data(board.encoded()).write(to: URL(fileURLWithPath: directory + "/board.toml"))
    try HubConfiguration(
      board: "board.toml", boardFingerprint: board.fingerprint.hex,
      operators: [.init(name: "ops", key: operatorKey.publicKey.base64)]
    ).write(to: directory + "/hub.json")
    let opened = try HubDirectory(path: directory).open(combiner: combiner)
    service = HubService(
      configuration: opened.configuration, key: opened.key, board: opened.board,
      store: opened.store, combiner: combiner, parameterChecker: parameterChecker,
      audit: opened.audit, clock: clock)
  }

  /// The application under test.
  var application: some ApplicationProtocol {
    Application(router: HubAPI.router(service: service))
  }

  /// Registers the author, the analyst and the edges directly in the store.
  func registerEveryone() async throws {
    let principals =
      [
        Principal(key: author.publicKey, role: .author, name: "author"),
        Principal(key: analyst.publicKey, role: .analyst, name: "analyst"),
      ]
      + edges.enumerated().map { Principal(key: $1.publicKey, role: .edge, name: "edge \($0)") }
    for principal in principals {
      _ = try await service.store.perform { try $0.register(principal) }
    }
  }

  /// A bundle by the fixture's author with `manifest` and `script` (by default a placeholder
  /// that does not check: only for hubs without a parameter checker, and test-double runners).
  func bundle(
    manifest: String = #"{"epsilon":"0.5","min_group":5,"rounds":1}"#,
    script: String = "algorithm count version 1\n"
  ) throws -> ScriptBundle {
    try ScriptBundle(
      algorithm: "test.count", version: "1", script: script, manifest: Array(manifest.utf8),
      author: author)
  }

  func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Signed requests through Hummingbird's test client.
extension TestClientProtocol {
  /// Sends `method path` signed by `key` (unsigned when `key` is nil) with a JSON `body`.
  @discardableResult
  func signed(
    _ method: HTTPRequest.Method, _ path: String, key: SecretKey?, body: String? = nil,
    contentType: String = "application/json", at time: Timestamp = .now(),
    tamper: Bool = false
  ) async throws -> TestResponse {
    let bytes = Array((body ?? "").utf8)
    var headers = HTTPFields()
    if let key {
      let signature = RequestSignature.sign(
        method: method.rawValue, path: path, body: tamper ? bytes + [0x20] : bytes, key: key,
        at: time)
      headers = Self.headers(signature)
    }
    if body != nil { headers[.contentType] = contentType }
    return try await execute(
      uri: path, method: method, headers: headers,
      body: body.map { ByteBuffer(string: $0) })
  }

  /// Replays exactly the headers of a previous signature.
  static func headers(_ signature: RequestSignature) -> HTTPFields {
    var headers = HTTPFields()
    for header in signature.headers {
      if let name = HTTPField.Name(header.name) { headers[name] = header.value }
    }
    return headers
  }

  /// The body decoded as `T`.
  func decode<T: Decodable>(_ response: TestResponse, as type: T.Type) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(buffer: response.body))
  }
}

/// `value` as a compact JSON string.
func json<T: Encodable>(_ value: T) throws -> String {
  String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
}
