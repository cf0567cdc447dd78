import Foundation

extension SynergyReportInput {
  /// Decodes the JSON written by `json()` (dates in ISO 8601, ε as decimal text, tables as
  /// `coop run --format json` writes them); a malformed file throws `.invalidInput`.
  public init(json data: Data) throws(SynergyReportError) {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      self = try decoder.decode(Self.self, from: data)
    } catch let error as DecodingError {
      throw .invalidInput(Self.describe(error))
    } catch {
      throw .invalidInput("\(error)")
    }
  }

  /// The input as canonical JSON (sorted keys), for `coop report --input`.
  public func json() throws(SynergyReportError) -> Data {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(self)
    } catch {
      throw .invalidInput("cannot encode: \(error)")
    }
  }

  /// A one-line reason with the path to the faulty field (`run.algorithms[0].epsilon`).
  private static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "top level" : text)
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])): missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    case .dataCorrupted(let context):
      return "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
