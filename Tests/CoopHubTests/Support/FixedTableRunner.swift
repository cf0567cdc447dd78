import CoopEdge
import CoopEngine
import CoopGovernance
import Foundation

/// TEST DOUBLE for the engine's executor, used only until the real executor lands: it reads
/// no data and returns a fixed table (the given counts, noise `laplace:2`) for the bundle's
/// algorithm and the round, counting its runs.
final class FixedTableRunner: ScriptRunner, @unchecked Sendable {
  let counts: [(String, Int)]
  private let lock = NSLock()
  private var runCount = 0

  init(counts: [(String, Int)]) { self.counts = counts }

  /// How many times `run` was called.
  var runs: Int { lock.withLock { runCount } }

  func run(
    bundle: VerifiedBundle, manifest: Data, parameters: Data, round: Int, store: String,
    localMinGroup: Int?
  ) throws -> ReleaseTable {
    lock.withLock { runCount += 1 }
    return ReleaseTable(
      algorithm: bundle.bundle.algorithm, version: 1, round: round, keyNames: ["zone"],
      values: [ReleasedValueSpec(name: "n", kind: .count, unit: "")],
      cells: counts.filter { $0.1 >= (localMinGroup ?? 0) }.map { key, count in
        ReleaseCell(
          key: [.text(key)],
          count: NoisyNumber(units: count, decimals: 0, noise: "laplace:2", halfWidth95: 6),
          sums: [:])
      }, suppressed: 0)
  }
}
