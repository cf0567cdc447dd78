import Foundation

/// How an import reports and resolves.
public struct ImportOptions: Sendable {
  /// Whether row problems show the offending value (values may be personal data: off by default).
  public var showValues = false
  /// How many row problems are listed; the rest are only counted.
  public var maxProblems = 100
  /// Zone lookups beyond the schema's codes and names, by the name a mapping selects them with
  /// (`map = "postcode"`); an entry named `code` or `name` replaces the built-in one.
  public var zoneResolvers: [String: any ZoneResolver] = [:]
  /// The time recorded for the import.
  public var now = Date()

  /// The defaults: values hidden, 100 problems listed, codes and names only.
  public init() {}
}
