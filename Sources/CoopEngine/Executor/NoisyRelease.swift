import CoopLang
import Foundation

/// Turns exact aggregates into a release table: every cell of the key domain gets a noisy
/// count; cells under the threshold release nothing more; the others get their noisy sums.
enum NoisyRelease {
  static func release<R: RandomBits>(
    _ script: CheckedScript, exact: ExactAggregates, round: Int, mode: Executor.Mode, random: inout R
  ) throws -> ReleaseTable {
    let plan = script.privacy
    let noises = try plan.noisyNumbers.map { n -> (DiscreteLaplace, String, Int) in
      do {
        let scale = try Rational(n.scale.numerator, n.scale.denominator)
        let laplace = try DiscreteLaplace(scale: scale)
        return (laplace, "laplace:\(scale)", laplace.halfWidth(coverage: 0.95))
      } catch {
        throw ExecutionError.noise("'\(n.name)': \(error)")
      }
    }
    let sumReleases = script.releases.filter { $0.kind != .count }
    let threshold: Int? =
      switch mode {
      case .local: plan.minGroup
      case .federated(let local): local
      }
    var cells: [ReleaseCell] = []
    var suppressed = 0
    for (position, key) in KeyDomainProduct.cells(script.keys.map(\.domain)).enumerated() {
      let cell = exact.cell(position)
      let (countNoise, countLabel, countWidth) = noises[0]
      let noisyCount = cell.count.saturatingAdded(countNoise.sample(using: &random))
      if let threshold, noisyCount < threshold {
        suppressed += 1
        continue
      }
      var sums: [String: NoisyNumber] = [:]
      for (i, r) in sumReleases.enumerated() {
        let (noise, label, width) = noises[i + 1]
        let (decimals, _) = display(r)
        sums[r.name] = NoisyNumber(
          units: cell.sums[i].saturatingAdded(noise.sample(using: &random)), decimals: decimals, noise: label, halfWidth95: width)
      }
      cells.append(
        ReleaseCell(
          key: key, count: NoisyNumber(units: noisyCount, decimals: 0, noise: countLabel, halfWidth95: countWidth),
          sums: sums))
    }
    let specs = script.releases.map { r in
      let (decimals, unit) = display(r)
      let scale = pow(10, Double(decimals - r.decimals))
      return ReleasedValueSpec(
        name: r.name, kind: ReleasedValueSpec.Kind(rawValue: r.kind.rawValue) ?? .count, unit: unit,
        lower: r.valueBounds.map { $0.lowerBound.doubleValue / scale },
        upper: r.valueBounds.map { $0.upperBound.doubleValue / scale })
    }
    return ReleaseTable(
      algorithm: script.name, version: script.version, round: round, keyNames: script.keys.map(\.name),
      values: specs, cells: cells, suppressed: suppressed)
  }

  /// The grid decimals and unit a sum is released in: base units on the script's grid, shifted
  /// to the display unit when it is a power of ten away (metres → km).
  static func display(_ r: CheckedRelease) -> (Int, String) {
    var factor = r.displayFactor
    var shift = 0
    while factor > 1, factor % 10 == 0 {
      factor /= 10
      shift += 1
    }
    if factor == 1 { return (r.decimals + shift, r.displayUnit) }
    let base = r.argument?.type == .duration ? "s" : ""
    return (r.decimals, base)
  }
}

/// The cells of a product of key domains, in order.
enum KeyDomainProduct {
  static func values(_ domain: KeyDomain) -> [CellKey] {
    switch domain {
    case .enumeration(_, let cases): cases.map { .text($0) }
    case .zones(_, let codes): codes.map { .int($0) }
    case .bool: [.int(0), .int(1)]
    case .integers(let r): r.map { .int($0) }
    case .slots(let count, _), .indexes(let count): (0..<count).map { .int($0) }
    }
  }

  static func cells(_ domains: [KeyDomain]) -> [[CellKey]] {
    domains.reduce([[]]) { partial, domain in
      let values = values(domain)
      return partial.flatMap { prefix in values.map { prefix + [$0] } }
    }
  }
}
