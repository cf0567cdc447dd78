import CoopCrypto
import CoopEngine
import CoopLang
import Foundation

/// The production `RoundCombiner`: checks the bundle's script, refuses it unless its manifest is
/// the approved one, and evaluates its `combine` step on the federated table.
public struct ScriptCombiner: RoundCombiner {
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
    let registry = SchemaRegistry(directories: schemaDirectories.map { URL(fileURLWithPath: $0) })
    guard let script = Checker.check(SourceText(path: "bundle.coop", text: source), registry: registry).script else {
      throw ExecutionError.badParameter("the script does not check on the hub")
    }
    let computed = Manifest(script) { Digest(hashing: Array($0.utf8)).hex }.text
    guard Array(computed.utf8) == Array(manifest) else {
      throw ExecutionError.badParameter("the approved manifest is not the one this script yields")
    }
    let current = try ParameterJSON.decode(parameters, for: script)
    return ParameterJSON.encode(try CombineEvaluator.next(script, parameters: current, table: federated))
  }
}
