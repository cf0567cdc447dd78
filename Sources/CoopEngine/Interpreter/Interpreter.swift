import CSQLite
import CoopLang
import Foundation

/// Coop's interpreter: runs a checked script's filter, keys and released values over the rows
/// SQLite reads, and returns the exact aggregates of every cell of the key domain.
///
/// - SQLite only reads, through one statement made of schema identifiers (`ScanPlan`).
/// - Every expression is evaluated for every row, in batches of `RowBatch.capacity` rows, with
///   total semantics (`RuntimeNumber`): a checked script cannot fail here except by I/O.
/// - Steps are counted with the checker's cost model, so `steps ≤ costPerRow.max × rows`.
/// - Cells aggregate into dense arrays indexed by the key domain (`DenseCells`).
struct Interpreter {
  let script: CheckedScript
  private let plan: ScanPlan
  private let batch: RowBatch
  private let filter: NumberNode?
  private let keys: [KeyColumn]
  private let values: [ReleaseColumn]

  /// Compiles `script` with the run's (already validated) parameter values.
  init(_ script: CheckedScript, parameters: [String: ParameterValue]) throws(ExecutionError) {
    self.script = script
    let batch = RowBatch()
    var compiler = ExpressionCompiler(
      plan: ScanPlan(table: script.table, schema: script.schema), batch: batch, parameters: parameters)
    filter = try script.filter.map { e throws(ExecutionError) in try compiler.number(e) }
    var keys: [KeyColumn] = []
    for key in script.keys { keys.append(KeyColumn(node: try compiler.number(key.expr), domain: key.domain)) }
    var values: [ReleaseColumn] = []
    for r in script.releases where r.kind != .count {
      guard let argument = r.argument else { throw .notExecutable("'\(r.name)' has no argument") }
      values.append(ReleaseColumn(node: try compiler.number(argument), release: r))
    }
    self.keys = keys
    self.values = values
    self.batch = batch
    plan = compiler.plan
  }

  /// The SQL statement the run executes.
  var sql: String { plan.sql }

  /// Cost units per scanned row: the row and its foreign-key lookups, every node, and one per
  /// released value plus one for the cell (the checker's accounting).
  private var stepsPerRowOutsideNodes: Int { 1 + plan.lookupsPerRow + script.releases.count + 1 }

  /// Reads the store at `path` and aggregates.
  func run(store path: String, limits: ExecutionLimits) throws(ExecutionError) -> ExactAggregates {
    let db = try SandboxDatabase(path: path, readable: plan.readable)
    let cellCount = keys.reduce(1) { $0 * $1.size }
    var cells = DenseCells(cells: cellCount, sums: values.count)
    let strides = keys.indices.map { k in keys[(k + 1)...].reduce(1) { $0 * Int64($1.size) } }
    let cellIndex = NumberBuffer(capacity: RowBatch.capacity)
    let mask = NumberBuffer(capacity: RowBatch.capacity)
    var rows = 0
    var steps = 0
    var generation = 0
    let reader = RowReader(columns: plan.columns, batch: batch)
    if filter == nil { mask.values.update(repeating: 1, count: RowBatch.capacity) }
    try db.scan(plan.sql, limits: limits) { (statement, step) throws(ExecutionError) in
      var done = false
      while !done {
        batch.count = 0
        while batch.count < RowBatch.capacity {
          guard try step() else {
            done = true
            break
          }
          reader.read(statement, row: batch.count)
          batch.count += 1
        }
        let n = batch.count
        guard n > 0 else { break }
        rows += n
        generation += 1
        steps = steps &+ stepsPerRowOutsideNodes &* n
        if let filter {
          filter.run(n, steps: &steps, generation: generation)
          let f = filter.out
          let m = mask.values
          for i in 0..<n { m[i] = f[i] != 0 ? 1 : 0 }
        }
        cellIndex.values.update(repeating: 0, count: n)
        for (k, key) in keys.enumerated() {
          key.node.run(n, steps: &steps, generation: generation)
          key.accumulate(n, stride: strides[k], into: cellIndex.values)
        }
        for v in values { v.node.run(n, steps: &steps, generation: generation) }
        cells.add(n, mask: mask.values, cells: cellIndex.values, values: values)
        try db.checkDeadline()
      }
    }
    return ExactAggregates(
      domains: script.keys.map(\.domain), counts: cells.counts, sums: cells.sums, rowsScanned: rows, steps: steps)
  }
}
