/// Draws indexes with probability proportional to fixed non-negative weights (cumulative table,
/// binary search: O(log n) a draw).
public struct WeightedChoice: Sendable {
  private let cumulative: [Double]

  /// The table for `weights`; `nil` when no weight is positive (negatives and NaN count as zero).
  public init?(_ weights: [Double]) {
    var running = 0.0
    var cumulative: [Double] = []
    cumulative.reserveCapacity(weights.count)
    for weight in weights {
      if weight > 0, weight.isFinite { running += weight }
      cumulative.append(running)
    }
    guard running > 0 else { return nil }
    self.cumulative = cumulative
  }

  /// A table that always draws `index` (a fallback when every weight is zero).
  public init(always index: Int) {
    cumulative = Array(repeating: 0, count: max(0, index)) + [1]
  }

  /// An index whose probability is its weight over the total.
  public func pick(using random: inout SyntheticRandom) -> Int {
    let target = random.unit() * cumulative[cumulative.count - 1]
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
