/// The outcome of checking a script: the checked script when there is no error, and every
/// diagnostic found (lexical, syntactic, schema and semantic).
public struct CheckResult: Sendable {
  /// The source checked.
  public var source: SourceText
  /// The checked script, when there is no error.
  public var script: CheckedScript?
  /// Every diagnostic, capped.
  public var diagnostics: DiagnosticBag
}
