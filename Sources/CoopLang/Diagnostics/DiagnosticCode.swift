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
  case controlCharacter = "E0010"
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
  // Names and types.
  case unknownName = "E0201"
  case typeMismatch = "E0202"
  case missingUnit = "E0203"
  case wrongUnit = "E0204"
  case wrongArgumentCount = "E0205"
  case unknownSchema = "E0206"
  case duplicateName = "E0207"
  case notCallable = "E0208"
  case invalidLiteral = "E0209"
  // Safety rules.
  case unboundedGroupKey = "E0301"
  case unclampedAggregate = "E0302"
  case nonAggregateRelease = "E0303"
  case joinNotForeignKey = "E0304"
  case unboundedParameter = "E0305"
  case combineReadsRows = "E0306"
  case aggregateOutsideRelease = "E0307"
  case nestedAggregate = "E0308"
  case tableWithoutUnit = "E0309"
  case clampBoundsNotLiteral = "E0310"
  case privacyUnitMismatch = "E0311"
  case invalidCombineTarget = "E0312"
  // Static bounds.
  case limitExceeded = "E0401"
  // Schemas.
  case unknownType = "E0501"
  case duplicateDeclaration = "E0502"
  case unknownTable = "E0503"
  case invalidBound = "E0504"
  case invalidResolution = "E0505"
  case schemaUnit = "E0506"
  case tableKey = "E0507"
  case emptyDomain = "E0508"
  case invalidZone = "E0509"
  case listColumn = "E0510"
  // Privacy.
  case missingPrivacySetting = "E0601"
  case invalidEpsilon = "E0602"
  case epsilonSplit = "E0603"
  case roundsMismatch = "E0604"

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
    case .controlCharacter: "control or bidi character"
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
    case .unknownName: "unknown name"
    case .typeMismatch: "type mismatch"
    case .missingUnit: "missing unit"
    case .wrongUnit: "wrong unit"
    case .wrongArgumentCount: "wrong number of arguments"
    case .unknownSchema: "unknown schema"
    case .duplicateName: "duplicate name"
    case .notCallable: "not a function"
    case .invalidLiteral: "invalid literal"
    case .unboundedGroupKey: "unbounded group key"
    case .unclampedAggregate: "unbounded aggregate"
    case .nonAggregateRelease: "released value is not an aggregate"
    case .joinNotForeignKey: "join not along a foreign key"
    case .unboundedParameter: "unbounded parameter"
    case .combineReadsRows: "combine reads rows"
    case .aggregateOutsideRelease: "aggregate outside release"
    case .nestedAggregate: "nested aggregate"
    case .tableWithoutUnit: "table without privacy unit"
    case .clampBoundsNotLiteral: "clamp bounds not literal"
    case .privacyUnitMismatch: "privacy unit mismatch"
    case .invalidCombineTarget: "invalid combine target"
    case .limitExceeded: "static limit exceeded"
    case .unknownType: "unknown type"
    case .duplicateDeclaration: "duplicate declaration"
    case .unknownTable: "unknown table"
    case .invalidBound: "invalid bound"
    case .invalidResolution: "invalid resolution"
    case .schemaUnit: "privacy unit of a schema"
    case .tableKey: "table key"
    case .emptyDomain: "empty domain"
    case .invalidZone: "invalid zone"
    case .listColumn: "list column"
    case .missingPrivacySetting: "missing privacy setting"
    case .invalidEpsilon: "invalid epsilon"
    case .epsilonSplit: "invalid epsilon split"
    case .roundsMismatch: "rounds mismatch"
    }
  }
}
