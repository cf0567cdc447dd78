import Foundation
import Hummingbird

/// A request body the hub decodes strictly: the fields it may carry.
protocol StrictMessage: Decodable {
  /// Every field name allowed in the JSON object; any other is refused with 400.
  static var fields: Set<String> { get }
}

extension Request {
  /// The body decoded as `T`: JSON content type (else 415), a JSON object (else 400), no
  /// unknown field (else 400), every field of the right type (else 400).
  func decodeStrictly<T: StrictMessage>(_ type: T.Type) async throws -> T {
    let mediaType = headers[.contentType]?.split(separator: ";").first.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    guard mediaType == "application/json" else {
      throw HubError(
        .unsupportedMediaType, "unsupported-media-type", "the body must be application/json")
    }
    var request = self
    let data = Data(buffer: try await request.collectBody(upTo: RequestAuthenticator.maxBodyBytes))
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw HubError.badRequest("the body is not a JSON object")
    }
    if let unknown = Set(object.keys).subtracting(T.fields).sorted().first {
      throw HubError.badRequest("unknown field '\(unknown)'")
    }
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch let DecodingError.keyNotFound(key, _) {
      throw HubError.badRequest("missing field '\(key.stringValue)'")
    } catch let DecodingError.typeMismatch(_, context) {
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw HubError.badRequest("field '\(path)' has the wrong type")
    } catch {
      throw HubError.badRequest("the body does not match the expected message")
    }
  }
}

/// JSON responses with sorted keys.
enum JSONResponse {
  /// `value` as a JSON response with `status`.
  static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var headers = HTTPFields()
    headers[.contentType] = "application/json"
    return Response(
      status: status, headers: headers,
      body: .init(byteBuffer: ByteBuffer(data: try encoder.encode(value))))
  }
}
