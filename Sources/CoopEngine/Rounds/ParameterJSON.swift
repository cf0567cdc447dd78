import CoopLang
import Foundation

/// The JSON form of a job's public parameters: an object of name → value, where a number is a
/// string of its exact decimal in base units (metres, seconds, minutes of the day) or a JSON
/// number, a point is `[lat, lon]`, and a list is an array of those.
public enum ParameterJSON {
  /// Why parameters could not be read.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public let description: String
  }

  /// Canonical JSON text of `parameters` (keys sorted, exact decimals as strings).
  public static func encode(_ parameters: [String: ParameterValue]) -> Data {
    Data(CanonicalJSON.object(parameters.mapValues(json)).text.utf8)
  }

  private static func json(_ value: ParameterValue) -> CanonicalJSON {
    switch value {
    case .number(let n): .string(n.description)
    case .point(let lat, let lon): .array([.string(lat.description), .string(lon.description)])
    case .list(let items): .array(items.map(json))
    }
  }

  /// The parameters in `data`, typed by `script`'s declarations (unknown names are refused).
  public static func decode(_ data: Data, for script: CheckedScript) throws -> [String: ParameterValue] {
    if data.isEmpty { return [:] }
    guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any] else {
      throw Failure(description: "parameters are not a JSON object")
    }
    var out: [String: ParameterValue] = [:]
    for (name, raw) in object {
      guard let p = script.parameters.first(where: { $0.name == name }) else {
        throw Failure(description: "the script has no parameter '\(name)'")
      }
      out[name] = try value(raw, type: p.type, name: name)
    }
    return out
  }

  private static func value(_ raw: Any, type: ValueType, name: String) throws -> ParameterValue {
    switch type {
    case .list(let element, _):
      guard let items = raw as? [Any] else { throw Failure(description: "'\(name)' must be a list") }
      return .list(try items.map { try value($0, type: element, name: name) })
    case .point:
      guard let pair = raw as? [Any], pair.count == 2, let lat = decimal(pair[0]), let lon = decimal(pair[1]) else {
        throw Failure(description: "'\(name)' must be points written [lat, lon]")
      }
      return .point(latitude: lat, longitude: lon)
    default:
      guard let n = decimal(raw) else { throw Failure(description: "'\(name)' must be a number") }
      return .number(n)
    }
  }

  private static func decimal(_ raw: Any) -> ExactDecimal? {
    if let s = raw as? String { return ExactDecimal(s) }
    if let n = raw as? NSNumber {
      return ExactDecimal(n.stringValue) ?? ExactDecimal(String(format: "%.6f", n.doubleValue))
    }
    return nil
  }
}
