/// Reserved words: they start clauses or are operators, and can never be names.
public enum Keyword: String, CaseIterable, Sendable {
  case algorithm, version, param, rounds, privacy, from, `where`, group, by, release, combine
  case schema, `enum`, zones, table
  case and, or, not, `true`, `false`, `in`, `as`

  /// Spelling → keyword, for the lexer (faster than `init(rawValue:)`'s chain of comparisons).
  static let bySpelling: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

  /// Keywords that start a clause of a script: the parser resynchronises on them after an error.
  public static let scriptClauses: Set<Keyword> = [
    .algorithm, .param, .rounds, .privacy, .from, .where, .group, .release, .combine,
  ]

  /// Keywords that start an item of a schema.
  public static let schemaItems: Set<Keyword> = [.enum, .zones, .table]
}

/// Words with a meaning only in one place (`title`, `epsilon`, `max`…); elsewhere they are names.
public enum ContextualKeyword: String, CaseIterable, Sendable {
  case title, description, uses, `init`, unit, epsilon, per, round, min_group
  case list, max, at, weight, rows, ref, key, resolution
}
