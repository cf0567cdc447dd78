import Foundation

extension SyntheticRandom {
  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform double in `range` (upper bound excluded).
  public mutating func uniform(_ range: Range<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// A uniform integer in 0..<`bound` (Lemire's unbiased multiply-and-reject); 0 when `bound` ≤ 1.
  public mutating func index(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let limit = UInt64(bound)
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
    }
    return Int(product.high)
  }

  /// True with probability `probability`.
  public mutating func bernoulli(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// A normal deviate (Box–Muller; the second value of the pair is dropped for simplicity).
  public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
    let u1 = 1 - unit()  // in (0, 1], so the logarithm is finite
    let u2 = unit()
    return mean + standardDeviation * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// An element of `elements` chosen with probability proportional to its weight.
  public mutating func pick<T>(_ elements: [(T, Double)]) -> T? {
    WeightedChoice(elements.map(\.1)).map { elements[$0.pick(using: &self)].0 }
  }
}
