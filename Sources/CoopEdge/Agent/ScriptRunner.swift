import CoopEngine
import CoopGovernance
import Foundation

/// Executes a verified bundle against the edge's store and returns what it releases: the
/// engine's executor (read-only sandbox, noise, thresholds) conforms to this.
///
/// `parameters` is the round's JSON object; `localMinGroup` is the edge policy's own threshold.
/// In a federated job the executor applies only `localMinGroup` (not the script's min_group,
/// which the hub applies to the federated totals).
public protocol ScriptRunner: Sendable {
  /// The release table of one round.
  func run(
    bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
    localMinGroup: Int?
  ) throws -> ReleaseTable

  /// Whether the runner can execute at all; checked before the budget is debited, so that a
  /// build without an executor refuses jobs without spending anything. Defaults to `true`.
  var isAvailable: Bool { get }

  /// Throws what `run` would refuse without reading the data (a script that does not check
  /// here or does not yield its approved manifest, a store of another schema, `parameters`
  /// that do not fit the script's declarations); called before the budget is debited, so such
  /// a round costs nothing. Defaults to accepting.
  func check(bundle: VerifiedBundle, manifest: Data, parameters: Data, store: String) throws
}

extension ScriptRunner {
  /// A runner is available unless it says otherwise.
  public var isAvailable: Bool { true }

  /// Accepts: the runner refuses only when it runs.
  public func check(bundle: VerifiedBundle, manifest: Data, parameters: Data, store: String) throws {}
}

/// The runner of a build without the executor: every run fails, so edges refuse jobs with a
/// clear reason instead of releasing anything.
public struct UnavailableRunner: ScriptRunner {
  /// The runner.
  public init() {}

  /// Never: nothing can run.
  public var isAvailable: Bool { false }

  /// Always throws `EdgeRefusal.execution`.
  public func run(
    bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
    localMinGroup: Int?
  ) throws -> ReleaseTable {
    throw EdgeRefusal.execution("this build has no script executor")
  }
}
