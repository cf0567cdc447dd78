/// The catalogue of diagnostics: one stable id per kind of problem.
///
/// Ids never change meaning once published. `E00xx` are lexical, `E01xx` syntactic; later ranges
/// belong to the schema, checker, bounds and privacy analysis. Every id is documented in
/// Docs/diagnostics.md and exercised by the conformance corpus (both are tested).
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
  // Lexical.
  case unexpectedCharacter = "E0001"
  case unterminatedString = "E0002"
  case invalidEscape = "E0003"
  case malformedNumber = "E0004"
  case unknownUnit = "E0005"
  case invalidTime = "E0006"
  case sourceTooLarge = "E0007"
  case invalidUTF8 = "E0008"
  case tooManyDiagnostics = "E0009"
  // Syntactic.
  case unexpectedToken = "E0101"
  case unknownKeyword = "E0102"
  case missingClause = "E0103"
  case nestingTooDeep = "E0104"
  case duplicateClause = "E0105"
  case expectedExpression = "E0106"
  case unclosedDelimiter = "E0107"
  case chainedComparison = "E0108"
  case clauseOutOfOrder = "E0109"
  case keywordAsName = "E0110"

  /// The severity a diagnostic of this kind has unless stated otherwise.
  public var severity: Severity {
    switch self {
    case .tooManyDiagnostics: .note
    default: .error
    }
  }

  /// A short title, as listed in Docs/diagnostics.md.
  public var title: String {
    switch self {
    case .unexpectedCharacter: "unexpected character"
    case .unterminatedString: "unterminated string"
    case .invalidEscape: "invalid escape in string"
    case .malformedNumber: "malformed number"
    case .unknownUnit: "unknown unit"
    case .invalidTime: "invalid time of day"
    case .sourceTooLarge: "source too large"
    case .invalidUTF8: "invalid UTF-8"
    case .tooManyDiagnostics: "too many diagnostics"
    case .unexpectedToken: "unexpected token"
    case .unknownKeyword: "unknown or misspelled keyword"
    case .missingClause: "missing clause"
    case .nestingTooDeep: "nesting too deep"
    case .duplicateClause: "duplicate clause"
    case .expectedExpression: "expected an expression"
    case .unclosedDelimiter: "unclosed delimiter"
    case .chainedComparison: "chained comparison"
    case .clauseOutOfOrder: "clause out of order"
    case .keywordAsName: "keyword used as a name"
    }
  }
}
