import CoopLang
import Foundation

/// A job's public parameters checked against its script's declarations, by the same decoding
/// (`ParameterJSON`) and the same checks (types, bounds, list lengths, initial values) the
/// executor applies when it runs — but callable before anything is spent: the hub calls it when
/// a job starts and on every round's parameters its combine step computes, each edge before its
/// budget debit.
public enum ParameterValidation {
  /// Why parameters were refused: which parameter, and why, in one line.
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// `'centers' has more than 8 values`, `the script has no parameter 'k'`…
    public let description: String
  }

  /// The run's parameters — `json`'s values, else the script's initial values — once every
  /// value has its declared type, lies within its bounds, and every list has between 1 and its
  /// `max` values. Throws `Failure` otherwise; `json` empty means no values given.
  public static func validate(_ script: CheckedScript, json: Data) throws(Failure) -> [String: ParameterValue] {
    if let name = booleanParameter(json) {
      throw Failure(description: "'\(name)' holds true or false, which no parameter type accepts")
    }
    let given: [String: ParameterValue]
    do { given = try ParameterJSON.decode(json, for: script) } catch {
      throw Failure(description: "\(error)")
    }
    let resolved: [String: ParameterValue]
    do { resolved = try ParameterValues.resolve(script, given) } catch ExecutionError.badParameter(let why) {
      throw Failure(description: why)
    } catch { throw Failure(description: "\(error)") }
    for p in script.parameters {
      if case .list(_, let max) = p.type, case .list(let items)? = resolved[p.name], items.isEmpty {
        throw Failure(description: "'\(p.name)' is an empty list; it needs 1 to \(max) values")
      }
    }
    return resolved
  }

  /// The first name (in sorted order) whose value holds a JSON boolean: `ParameterJSON` reads
  /// numbers through `NSNumber`, which would take `true` for 1.
  private static func booleanParameter(_ json: Data) -> String? {
    // Only a probe for booleans: a document that is not a JSON object is refused, with its
    // reason, by `ParameterJSON.decode`, which runs next whatever this returns.
    guard !json.isEmpty, let shapes = try? JSONDecoder().decode([String: Shape].self, from: json) else {
      return nil
    }
    return shapes.keys.sorted().first { shapes[$0]?.holdsBoolean == true }
  }

  /// A JSON value as far as booleans are concerned.
  private indirect enum Shape: Decodable {
    case boolean
    case list([Shape])
    case other

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if (try? container.decode(Bool.self)) != nil {
        self = .boolean
      } else if let items = try? container.decode([Shape].self) {
        self = .list(items)
      } else {
        self = .other
      }
    }

    var holdsBoolean: Bool {
      switch self {
      case .boolean: true
      case .list(let items): items.contains { $0.holdsBoolean }
      case .other: false
      }
    }
  }
}
