import Foundation
import Hummingbird

/// A refusal or failure of the hub, mapped to an HTTP status and a one-line JSON message
/// `{"error": {"code": …, "message": …}}`.
public struct HubError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
  /// The HTTP status.
  public let status: HTTPResponse.Status
  /// A stable machine-readable code (`unauthenticated`, `forbidden`, `not-found`…).
  public let code: String
  /// A one-line, lowercase message.
  public let message: String

  /// An error with its status, code and message.
  public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
    self.status = status
    self.code = code
    self.message = message
  }

  /// `401`: missing, malformed, stale, replayed or invalid request signature, or unknown key.
  public static func unauthenticated(_ message: String) -> HubError {
    HubError(.unauthorized, "unauthenticated", message)
  }
  /// `403`: the key's role may not use this endpoint.
  public static func forbidden(_ message: String) -> HubError {
    HubError(.forbidden, "forbidden", message)
  }
  /// `400`: the request is malformed.
  public static func badRequest(_ message: String) -> HubError {
    HubError(.badRequest, "bad-request", message)
  }
  /// `404`: no such bundle, job or round.
  public static func notFound(_ message: String) -> HubError {
    HubError(.notFound, "not-found", message)
  }
  /// `409`: the request conflicts with the stored state.
  public static func conflict(_ message: String) -> HubError {
    HubError(.conflict, "conflict", message)
  }
  /// `422`: well-formed but refused on its content (a bad signature, an unapproved bundle).
  public static func refused(_ message: String) -> HubError {
    HubError(.unprocessableContent, "refused", message)
  }
  /// `500`: the hub's store failed.
  public static func storage(_ message: String) -> HubError {
    HubError(.internalServerError, "storage", message)
  }

  /// `401 unauthenticated: …`.
  public var description: String { "\(status.code) \(code): \(message)" }

  /// The JSON error body.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let body = try encoder.encode(["error": ["code": code, "message": message]])
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: body)))
  }
}
