import CoopLang
import Foundation

/// Runs checked scripts against an edge's store in the sandbox and releases noisy cells.
///
/// SQLite reads the declared columns through one statement made of schema identifiers (inside a
/// read-only, authorised connection); Coop's interpreter evaluates the filter, keys and values
/// with total semantics and aggregates into dense arrays (`Interpreter`); Swift then walks the
/// key domain — every cell, present or not, so that which cells exist is never revealed — adds
/// exact discrete Laplace noise from libsodium and applies the threshold.
public enum Executor {
  /// How cells are published.
  public enum Mode: Sendable, Hashable {
    /// A local run (`coop run`): cells whose noisy count is below the script's `min_group` are
    /// suppressed.
    case local
    /// A federated job: every cell is released for the hub to sum, except below the edge's own
    /// local threshold, if its policy sets one (`min_group` applies to the federated totals).
    case federated(localMinGroup: Int?)
  }

  /// What a run produced.
  public struct Outcome: Sendable {
    /// The released table.
    public var table: ReleaseTable
    /// Rows of the scanned table read (for tests and local runs; never released).
    var rowsScanned: Int
    /// Interpreter steps (for bounds tests; never released).
    var steps: Int
  }

  /// Runs round `round` of `script` on the store at `path` with public `parameters`.
  public static func run(
    _ script: CheckedScript, store path: String, parameters: [String: ParameterValue], round: Int = 1,
    mode: Mode
  ) throws -> Outcome {
    var random = SecureRandomBits()
    return try run(script, store: path, parameters: parameters, round: round, mode: mode, random: &random)
  }

  /// As `run(_:store:parameters:round:mode:)` with an explicit randomness source (tests inject
  /// a deterministic one; production uses libsodium).
  static func run<R: RandomBits>(
    _ script: CheckedScript, store path: String, parameters: [String: ParameterValue], round: Int,
    mode: Mode, random: inout R
  ) throws -> Outcome {
    let exact = try exactAggregates(script, store: path, parameters: parameters)
    let table = try NoisyRelease.release(script, exact: exact, round: round, mode: mode, random: &random)
    return Outcome(table: table, rowsScanned: exact.rowsScanned, steps: exact.steps)
  }

  /// The exact aggregates, before noise. Internal: only tests compare them with plain SQL.
  static func exactAggregates(
    _ script: CheckedScript, store path: String, parameters: [String: ParameterValue],
    limits: ExecutionLimits = .standard
  ) throws -> ExactAggregates {
    let values = try ParameterValues.resolve(script, parameters)
    return try Interpreter(script, parameters: values).run(store: path, limits: limits)
  }
}
