import CoopCrypto
import CoopEngine
import CoopGovernance
import CoopLang
import Foundation

/// The production `ScriptRunner`: checks the bundle's script again at the edge, refuses it unless
/// the manifest the board approved is exactly the one the script yields, checks that the store
/// was made for the script's schema, then runs it in the engine's sandbox.
public struct ExecutorRunner: ScriptRunner {
  /// Where the schemas scripts use are found.
  public let schemaDirectories: [String]

  /// A runner looking up schemas in `schemaDirectories`.
  public init(schemaDirectories: [String]) {
    self.schemaDirectories = schemaDirectories
  }

  /// Checks, verifies and runs one round.
  public func run(
    bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
    localMinGroup: Int?
  ) throws -> ReleaseTable {
    let script = try checkedScript(bundle: bundle, manifest: manifest, store: store)
    let values: [String: ParameterValue]
    do { values = try ParameterValidation.validate(script, json: parameters) } catch {
      throw EdgeRefusal.parameters(error.description)
    }
    do {
      return try Executor.run(
        script, store: store, parameters: values, round: round, mode: .federated(localMinGroup: localMinGroup)
      ).table
    } catch {
      throw EdgeRefusal.execution("\(error)")
    }
  }

  /// Refuses, before any budget is spent, a bundle whose script does not check here or does not
  /// yield its approved manifest, a store not made for its schema, or parameters that do not fit
  /// the script's declared types, bounds and list lengths (`ParameterValidation`).
  public func check(bundle: VerifiedBundle, manifest: Data, parameters: Data, store: String) throws {
    let script = try checkedScript(bundle: bundle, manifest: manifest, store: store)
    do { _ = try ParameterValidation.validate(script, json: parameters) } catch {
      throw EdgeRefusal.parameters(error.description)
    }
  }

  /// The bundle's checked script, once its manifest and the store are found to fit it.
  private func checkedScript(bundle: VerifiedBundle, manifest: Data, store: String) throws -> CheckedScript {
    let script = try ExecutorRunner.checkedScript(
      bundle.bundle.script, manifest: manifest, schemaDirectories: schemaDirectories)
    do {
      try EdgeStore(readingAt: store).verify(matches: StoreSchema(script.schema))
    } catch {
      throw EdgeRefusal.execution("the store does not fit schema \(script.schema.name) \(script.schema.version): \(error)")
    }
    return script
  }

  /// The checked script of `source`, refusing it unless its manifest is byte for byte `manifest`.
  public static func checkedScript(_ source: String, manifest: Data, schemaDirectories: [String]) throws
    -> CheckedScript
  {
    let registry = SchemaRegistry(directories: schemaDirectories.map { URL(fileURLWithPath: $0) })
    let result = Checker.check(SourceText(path: "bundle.coop", text: source), registry: registry)
    guard let script = result.script else {
      let first = result.diagnostics.sorted.first.map { "\($0.id) \($0.message)" } ?? "unknown error"
      throw EdgeRefusal.execution("the script does not check here: \(first)")
    }
    let computed = Manifest(script) { Digest(hashing: Array($0.utf8)).hex }.text
    guard Array(computed.utf8) == Array(manifest) else {
      throw EdgeRefusal.execution("the approved manifest is not the one this script yields; refusing to run it")
    }
    return script
  }
}
