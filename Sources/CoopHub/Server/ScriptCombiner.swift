import CoopCrypto
import CoopEngine
import CoopLang
import Foundation

/// The production `RoundCombiner` and `ParameterChecker`: checks the bundle's script; to combine,
/// refuses it unless its manifest is the approved one and evaluates its `combine` step on the
/// federated table; to check parameters, validates them against the script's declarations.
public struct ScriptCombiner: RoundCombiner, ParameterChecker {
  /// Where the schemas scripts use are found.
  public let schemaDirectories: [String]

  /// A combiner looking up schemas in `schemaDirectories`.
  public init(schemaDirectories: [String]) {
    self.schemaDirectories = schemaDirectories
  }

  /// The next round's parameters as JSON.
  public func nextParameters(script source: String, manifest: Data, parameters: Data, federated: ReleaseTable) throws
    -> Data
  {
    guard let script = checked(source).script else {
      throw ExecutionError.badParameter("the script does not check on the hub")
    }
    let computed = Manifest(script) { Digest(hashing: Array($0.utf8)).hex }.text
    guard Array(computed.utf8) == Array(manifest) else {
      throw ExecutionError.badParameter("the approved manifest is not the one this script yields")
    }
    let current = try ParameterJSON.decode(parameters, for: script)
    return ParameterJSON.encode(try CombineEvaluator.next(script, parameters: current, table: federated))
  }

  /// Validates `parameters` against the script's declarations (`ParameterValidation`). The
  /// manifest is not compared here: edges refuse a bundle whose manifest is not its script's,
  /// before spending anything.
  public func check(script source: String, parameters: Data) throws(ParameterCheckError) {
    let result = checked(source)
    guard let script = result.script else {
      let first = result.diagnostics.sorted.first.map { "\($0.id) \($0.message)" } ?? "unknown error"
      throw .uncheckable("the script does not check on the hub: \(first)")
    }
    do { _ = try ParameterValidation.validate(script, json: parameters) } catch {
      throw .invalid(error.description)
    }
  }

  /// The checker's verdict on `source`, with the schemas of `schemaDirectories`.
  private func checked(_ source: String) -> CheckResult {
    let registry = SchemaRegistry(directories: schemaDirectories.map { URL(fileURLWithPath: $0) })
    return Checker.check(SourceText(path: "bundle.coop", text: source), registry: registry)
  }
}
