import CoopLang
import Foundation

/// Runs checked scripts against an edge's store in the sandbox and releases noisy cells.
///
/// One parameterised SQL query does the scan, joins, filter, grouping, counts and grid sums
/// (inside a read-only, authorised, step- and time-limited connection); Swift then walks the
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

  /// What a run produced, with the facts the sandbox measured.
  public struct Outcome: Sendable {
    /// The released table.
    public var table: ReleaseTable
    /// Rows of the scanned table read.
    public var rowsScanned: Int
    /// Rows in the scanned table.
    public var tableRows: Int
    /// Cells with at least one row (before noise; for bounds tests only, never released).
    var nonEmptyCells: Int
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
    return Outcome(
      table: table, rowsScanned: exact.rowsScanned, tableRows: exact.tableRows, nonEmptyCells: exact.cells.count)
  }

  /// The exact aggregates, before noise. Internal: only tests compare them with plain SQL.
  static func exactAggregates(
    _ script: CheckedScript, store path: String, parameters: [String: ParameterValue],
    limits: ExecutionLimits? = nil
  ) throws -> ExactAggregates {
    let values = try ParameterValues.resolve(script, parameters)
    let query = try QueryCompiler.compile(script, parameters: values)
    let db = try SandboxDatabase(path: path, columns: query.columns)
    let probe = ExecutionLimits(maxSteps: Int.max, maxSeconds: 60, maxCells: 1, heapBytes: 256 << 20)
    let rows = try db.count(script.table.name, limits: probe)
    let limits = limits ?? ExecutionLimits(script: script, rows: rows)
    var cells: [[CellKey]: ExactAggregates.Cell] = [:]
    let scanned = try db.query(query.sql, arguments: query.arguments, limits: limits) { row in
      guard cells.count < limits.maxCells else {
        throw ExecutionError.boundExceeded(bound: "cells", limit: "\(limits.maxCells)")
      }
      let key = try (0..<query.keyCount).map { i -> CellKey in
        switch row[i] {
        case .integer(let n): return .int(Int(n))
        case .text(let s) where query.textKeys[i]: return .text(s)
        default: throw ExecutionError.wrongStore("a key value of an unexpected type in column \(i + 1)")
        }
      }
      let numbers = row[query.keyCount...].map { value -> Int in
        if case .integer(let n) = value { return Int(n) }
        return 0  // SUM over no rows is NULL
      }
      cells[key] = ExactAggregates.Cell(count: numbers[0], sums: Array(numbers.dropFirst()))
    }
    return ExactAggregates(cells: cells, rowsScanned: rows == 0 ? 0 : scanned + 1, tableRows: rows)
  }
}
