extension Checker {
  /// Rows, cells, cost and memory at worst, from the table sizes.
  func staticBounds(filter: TypedExpr?, keys: [CheckedKey], releases: [CheckedRelease], privacy: PrivacyPlan) -> StaticBounds {
    var rows: [String: Int] = [table?.name ?? "": 1]
    let exprs = [filter].compactMap { $0 } + keys.map(\.expr) + releases.compactMap(\.argument)
    var seenJoins: Set<[String]> = []
    for path in exprs.flatMap(\.columns) where !path.joins.isEmpty {
      // One lookup per row for each distinct foreign-key path followed.
      for depth in 1...path.joins.count where seenJoins.insert(Array(path.joins.prefix(depth))).inserted {
        let target = tableReached(by: Array(path.joins.prefix(depth)))
        rows[target, default: 0] += 1
      }
    }
    let filterCost = filter.map(cost) ?? 0
    let keyCost = keys.map { cost($0.expr) }.reduce(0) { $0.saturatingAdd($1) }
    let aggregateCost = releases.map { ($0.argument.map(cost) ?? 0).saturatingAdd(1) }.reduce(0) { $0.saturatingAdd($1) }
    let scan = rows.values.reduce(0, +)  // the scanned row plus one lookup per foreign-key hop
    let least = scan.saturatingAdd(filterCost)
    let cells = keys.isEmpty ? 1 : keys.reduce(1) { $0.saturatingMultiply($1.domain.size) }
    return StaticBounds(
      rowsPerScannedRow: rows, scannedTable: table?.name ?? "",
      cells: CostRange(0, cells),
      costPerRow: CostRange(least, least.saturatingAdd(keyCost).saturatingAdd(aggregateCost).saturatingAdd(1)),
      bytesPerCell: 48 + 16 * (keys.count + privacy.noisyNumbers.count))  // counts of a parsed file: small
  }

  private func tableReached(by joins: [String]) -> String {
    var current = table
    for join in joins {
      guard let next = current?.column(join)?.referencedTable else { break }
      current = schema?.table(next)
    }
    return current?.name ?? ""
  }

  /// The abstract cost of evaluating `e` once, from the shared cost table (`Builtin.cost`);
  /// saturating, so an absurd cost is refused by the limit instead of overflowing.
  func cost(_ e: TypedExpr) -> Int {
    func total(_ parts: [Int]) -> Int { parts.reduce(0) { $0.saturatingAdd($1) } }
    switch e {
    case .number, .bool, .string, .enumCase, .zone, .param, .released, .key, .invalid: return 0
    case .column(let path): return 1 + path.joins.count
    case .coordinate(let x, _), .unary(_, let x, _): return total([1, cost(x)])
    case .binary(_, let a, let b, _), .index(let a, let b, _): return total([1, cost(a), cost(b)])
    case .list(let items, _): return total(items.map(cost))
    case .call(let f, let args, _):
      var perCall = f.cost
      if f == .nearest, case .list(_, let max) = args[1].type { perCall = f.cost.saturatingMultiply(max) }
      return total([perCall] + args.map(cost))
    }
  }

  /// Rejects scripts whose static bounds pass the configured limits.
  mutating func checkLimits(_ bounds: StaticBounds, script: Script) {
    let anchor = script.clauseKeywords.group ?? script.clauseKeywords.release ?? script.header.range
    if bounds.cells.max > limits.maxCells {
      report(
        .limitExceeded, anchor, "this script may release up to \(bounds.cells.max) cells; the limit is \(limits.maxCells)",
        notes: [DiagnosticNote("use coarser keys (longer slots, fewer zones) or fewer keys")])
    }
    if bounds.costPerRow.max > limits.maxCostPerRow {
      report(.limitExceeded, anchor, "this script costs up to \(bounds.costPerRow.max) units per row; the limit is \(limits.maxCostPerRow)")
    }
    if bounds.memoryBytes.max > limits.maxMemoryBytes {
      report(.limitExceeded, anchor, "this script may need \(bounds.memoryBytes.max) bytes to aggregate; the limit is \(limits.maxMemoryBytes)")
    }
  }
}
