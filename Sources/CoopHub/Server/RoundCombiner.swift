import CoopEngine
import Foundation

/// Computes a multi-round job's next public parameters from the federated table of the round
/// just closed (the script's `combine` step: post-processing, no privacy cost).
///
/// The hub calls it once per closed round that is not the last. Parameters are JSON objects
/// (name → value) in canonical form; `manifest` is the bundle's manifest JSON as submitted.
public protocol RoundCombiner: Sendable {
  /// The next round's parameters.
  func nextParameters(script: String, manifest: Data, parameters: Data, federated: ReleaseTable) throws -> Data
}
