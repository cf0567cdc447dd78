import CoopEngine
import Testing

/// Checks a hub's federated table against the tables the edges released, summing them here.
enum FederationCheck {
  /// One cell's totals across edges.
  struct Total {
    var count = 0
    var sums: [String: Int] = [:]
    var terms: [NoiseTerm] = []
  }

  /// Expects `federated` to be the cell-by-cell sum of `released`: each published cell's count
  /// and sums are the totals of the edges' noisy numbers, its count's half-width is that of
  /// their summed noise, and it reaches min_group and twice that half-width; each cell not
  /// published falls short of one of them and is counted as suppressed. Returns how many cells
  /// were published.
  @discardableResult
  static func expectSum(
    _ federated: ReleaseTable, of released: [ReleaseTable], minGroup: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    var totals: [[CellKey]: Total] = [:]
    for table in released {
      for cell in table.cells {
        totals[cell.key, default: Total()].count += cell.count.units
        totals[cell.key, default: Total()].terms += try NoiseTerm.terms(of: cell.count.noise)
        for (name, number) in cell.sums { totals[cell.key, default: Total()].sums[name, default: 0] += number.units }
      }
    }
    let published = Dictionary(uniqueKeysWithValues: federated.cells.map { ($0.key, $0) })
    #expect(Set(published.keys).isSubset(of: totals.keys), "a published cell no edge released", sourceLocation: sourceLocation)
    var suppressed = 0
    for (key, total) in totals {
      let width = FederatedAccuracy.halfWidth(of: total.terms).width
      let threshold = max(minGroup, 2 * width)
      guard let cell = published[key] else {
        #expect(total.count < threshold, "cell \(key) was suppressed at \(total.count) ≥ \(threshold)", sourceLocation: sourceLocation)
        suppressed += 1
        continue
      }
      #expect(cell.count.units == total.count, "count of \(key)", sourceLocation: sourceLocation)
      #expect(cell.count.halfWidth95 == width, "half-width of \(key)", sourceLocation: sourceLocation)
      #expect(total.count >= threshold, "cell \(key) published below \(threshold)", sourceLocation: sourceLocation)
      #expect(cell.sums.mapValues(\.units) == total.sums, "sums of \(key)", sourceLocation: sourceLocation)
    }
    #expect(federated.suppressed == suppressed, sourceLocation: sourceLocation)
    return published.count
  }
}
