import CoopEngine
import CoopLang
import Foundation

/// What a release table must be for the script that produced it, whatever the data and the
/// noise: the shape the manifest announced, every cell of the key domain accounted for, in
/// domain order, counts on the integer grid and above the threshold, sums on one grid each.
/// Returns the first violation, or nil.
enum ReleaseOracle {
  /// Tables with at most this many cells are also round-tripped through their canonical JSON
  /// (the signed wire format).
  static let jsonCells = 256

  static func violation(
    _ table: ReleaseTable, script: CheckedScript, round: Int, threshold: Int?
  ) -> String? {
    guard table.algorithm == script.name, table.version == script.version, table.round == round
    else {
      return "header \(table.algorithm) v\(table.version) round \(table.round)"
    }
    guard table.keyNames == script.keys.map(\.name) else { return "key names \(table.keyNames)" }
    guard table.values.map(\.name) == script.releases.map(\.name),
      table.values.map(\.kind.rawValue) == script.releases.map(\.kind.rawValue)
    else { return "values \(table.values.map(\.name))" }

    // Every cell of the domain is released or counted as suppressed.
    let domains = script.keys.map { values(of: $0.domain) }
    let domainCells = domains.reduce(1) { $0 * $1.count }
    guard table.cells.count + table.suppressed == domainCells, table.suppressed >= 0 else {
      return
        "\(table.cells.count) cells + \(table.suppressed) suppressed for a domain of \(domainCells)"
    }
    if threshold == nil, table.suppressed != 0 {
      return "\(table.suppressed) cells suppressed without a threshold"
    }

    let positions = domains.map {
      Dictionary($0.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }
    let sumNames = Set(script.releases.filter { $0.kind != .count }.map(\.name))
    var sumDecimals: [String: Int] = [:]
    var previous = -1
    for cell in table.cells {
      // Keys in the domain, cells in the domain's order, each once.
      guard cell.key.count == domains.count else {
        return "cell \(cell.key): \(cell.key.count) keys"
      }
      var position = 0
      for (k, value) in cell.key.enumerated() {
        guard let index = positions[k][value] else {
          return "cell \(cell.key): \(value) is not in its domain"
        }
        position = position * domains[k].count + index
      }
      guard position > previous else { return "cell \(cell.key) out of domain order" }
      previous = position
      // The count: an integer, on the integer grid, with its noise, above the threshold.
      guard cell.count.decimals == 0 else {
        return "cell \(cell.key): count with \(cell.count.decimals) decimals"
      }
      if let threshold, cell.count.units < threshold {
        return
          "cell \(cell.key): count \(cell.count.units) released below the threshold \(threshold)"
      }
      if let bad = noiseViolation(cell.count) { return "cell \(cell.key) count: \(bad)" }
      // The sums: exactly the released sums and means, each on one grid.
      guard Set(cell.sums.keys) == sumNames else {
        return "cell \(cell.key): sums \(cell.sums.keys.sorted())"
      }
      for (name, sum) in cell.sums {
        guard (0...ExactDecimal.maxScale).contains(sum.decimals) else {
          return "cell \(cell.key) \(name): \(sum.decimals) decimals"
        }
        if let decimals = sumDecimals[name], decimals != sum.decimals {
          return "\(name) on two grids: \(decimals) and \(sum.decimals) decimals"
        }
        sumDecimals[name] = sum.decimals
        if let bad = noiseViolation(sum) { return "cell \(cell.key) \(name): \(bad)" }
      }
    }

    if table.cells.count <= jsonCells {
      do {
        let decoded = try JSONDecoder().decode(ReleaseTable.self, from: try table.canonicalJSON())
        guard decoded == table else {
          return "the canonical JSON does not decode to the same table"
        }
      } catch {
        return "canonical JSON: \(error)"
      }
    }
    return nil
  }

  private static func noiseViolation(_ n: NoisyNumber) -> String? {
    guard n.noise.hasPrefix("laplace:") || n.noise.hasPrefix("gaussian:") else {
      return "noise '\(n.noise)'"
    }
    guard n.halfWidth95 >= 0 else { return "half-width \(n.halfWidth95)" }
    return nil
  }

  /// A key domain's values in cell order, as release tables spell them (the manifest's order):
  /// the oracle's own statement of it (CoopEngine's `KeyDomainProduct` is internal, and the
  /// oracle should not lean on the code it checks).
  static func values(of domain: KeyDomain) -> [CellKey] {
    switch domain {
    case .enumeration(_, let cases): cases.map { .text($0) }
    case .zones(_, let codes): codes.map { .int($0) }
    case .bool: [.int(0), .int(1)]
    case .integers(let r): r.map { .int($0) }
    case .slots(let count, _), .indexes(let count): (0..<count).map { .int($0) }
    }
  }
}
