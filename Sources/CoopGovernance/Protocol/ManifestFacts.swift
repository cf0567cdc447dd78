import Foundation

/// The few facts of a manifest the hub and the review listing need, read loosely from its JSON
/// so that the checker's manifest type can evolve: only keys that are present are reported.
///
/// Looked up at the top level, then under `privacy`: `algorithm`, `version`, `epsilon` (the
/// whole run's; the checker's manifest calls it `epsilonTotal`), `min_group` (or `minGroup`),
/// `rounds`, `schema` (a name, `name version`, or an object with a `name`) and `reads`
/// (`["table.column", …]` or `{"table": ["column", …]}`).
public struct ManifestFacts: Sendable, Equatable {
  /// The algorithm name, if stated.
  public var algorithm: String?
  /// The version, as text, if stated.
  public var version: String?
  /// The total ε, as text, if stated.
  public var epsilon: String?
  /// The minimum group size, if stated.
  public var minGroup: Int?
  /// The number of rounds, if stated.
  public var rounds: Int?
  /// The schema's name, if stated.
  public var schema: String?
  /// The columns read, as `table.column`, if stated.
  public var reads: [String]?

  /// Reads the facts of `manifest`; `nil` if it is not a JSON object.
  public init?(_ manifest: [UInt8]) {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(manifest)) as? [String: Any]
    else { return nil }
    let privacy = object["privacy"] as? [String: Any] ?? [:]
    func find(_ keys: String...) -> Any? {
      for key in keys {
        if let value = object[key] ?? privacy[key] { return value }
      }
      return nil
    }
    // Coop manifests (`coop check --manifest`) nest the algorithm's name and version and state
    // the run's total ε as privacy.epsilonTotal; flat forms are read too.
    let header = object["algorithm"] as? [String: Any]
    algorithm = Self.text(header?["name"] ?? find("algorithm"))
    version = Self.text(header?["version"] ?? find("version"))
    epsilon = Self.text(find("epsilonTotal", "epsilon"))
    minGroup = Self.integer(find("min_group", "minGroup"))
    rounds = Self.integer(find("rounds"))
    schema = Self.schemaName(find("schema", "uses"))
    reads = Self.columns(find("reads"))
  }

  private static func schemaName(_ value: Any?) -> String? {
    if let object = value as? [String: Any] { return text(object["name"]) }
    return text(value)?.split(separator: " ").first.map(String.init)
  }

  private static func columns(_ value: Any?) -> [String]? {
    if let list = value as? [Any] { return list.compactMap { text($0) } }
    guard let tables = value as? [String: Any] else { return nil }
    return tables.keys.sorted().flatMap { table in
      (tables[table] as? [Any] ?? []).compactMap { text($0).map { table + "." + $0 } }
    }
  }

  private static func text(_ value: Any?) -> String? {
    switch value {
    case let text as String: text
    case let number as NSNumber: number.stringValue
    default: nil
    }
  }

  private static func integer(_ value: Any?) -> Int? {
    switch value {
    case let number as NSNumber: Int(exactly: number.doubleValue)
    case let text as String: Int(text)
    default: nil
    }
  }
}
