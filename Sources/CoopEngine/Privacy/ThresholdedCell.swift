/// The release of one group-by cell under the minimum group size: a noisy count decides
/// whether the cell is published; a suppressed cell releases nothing at all.
///
/// Thresholding the noisy count is post-processing, so it costs no budget beyond the count's ε.
/// Cells must be released for every key of the (public, bounded) domain, empty ones included,
/// so that which cells exist reveals nothing.
public struct ThresholdedCell: Sendable {
  /// The noisy count that decides publication (and is published with the cell).
  public let count: NoisyStatistic
  /// The other statistics of the cell (sums), in release order.
  public let values: [NoisyStatistic]
  /// The smallest noisy count that is published (`Int.min` publishes every cell, leaving the
  /// threshold to the hub's federated totals).
  public let minGroup: Int

  /// A cell whose `count` must reach `minGroup` for the cell, `values` included, to be published.
  public init(count: NoisyStatistic, values: [NoisyStatistic], minGroup: Int) {
    self.count = count
    self.values = values
    self.minGroup = minGroup
  }

  /// Draws the noisy count first; only when it reaches `minGroup` are the values noised.
  ///
  /// `exactValues` must hold one exact statistic (integer units) per entry of `values`.
  public func release<R: RandomBits>(
    exactCount: Int, exactValues: [Int], using random: inout R
  ) throws(CellReleaseError) -> CellOutcome {
    guard exactValues.count == values.count else {
      throw .valueCountMismatch(expected: values.count, have: exactValues.count)
    }
    let noisyCount = count.release(exactCount, using: &random)
    guard noisyCount.value >= Rational(uncheckedUnits: minGroup) else { return .suppressed }
    let released = zip(values, exactValues).map { $0.release($1, using: &random) }
    return .published(count: noisyCount, values: released)
  }

  /// The same, drawing from libsodium's CSPRNG.
  public func release(exactCount: Int, exactValues: [Int]) throws(CellReleaseError)
    -> CellOutcome
  {
    var random = SecureRandomBits()
    return try release(exactCount: exactCount, exactValues: exactValues, using: &random)
  }
}
