import Foundation

/// The exact law of the discrete Gaussian, evaluated in floating point for display and tests;
/// nothing here is on the sampling path.
extension DiscreteGaussian: IntegerNoise {
  /// σ² as a floating-point number.
  var sigmaSquaredValue: Double {
    Double(sigmaSquared.numerator) / Double(sigmaSquared.denominator)
  }

  /// Terms beyond this many σ (and at least 40) weigh less than exp(−800): nothing in a Double.
  var negligibleBeyond: Int { Int((40 * sigmaSquaredValue.squareRoot()).rounded(.up)) + 40 }

  /// Σ_y exp(−y²/(2σ²)), summed until the terms vanish in double precision.
  var normalizer: Double {
    var total = 1.0
    for y in 1...negligibleBeyond { total += 2 * unnormalized(y) }
    return total
  }

  /// P(X = x) = exp(−x²/(2σ²)) / Σ_y exp(−y²/(2σ²)).
  public func probability(of value: Int) -> Double { unnormalized(value) / normalizer }

  /// P(X = x) for every x of `range`, sharing one normalizer.
  public func probabilities(in range: ClosedRange<Int>) -> [Double] {
    let total = normalizer
    return range.map { unnormalized($0) / total }
  }

  /// The smallest w with P(|X| ≤ w) ≥ coverage, by summing the pmf outwards.
  public func halfWidth(coverage: Double) -> Int {
    let total = normalizer
    var mass = 1 / total
    var width = 0
    while mass < coverage && width < negligibleBeyond {
      width += 1
      mass += 2 * unnormalized(width) / total
    }
    return width
  }

  /// The variance Σ y²·P(y), slightly below σ².
  public var variance: Double {
    var moment = 0.0
    for y in 1...negligibleBeyond { moment += 2 * Double(y) * Double(y) * unnormalized(y) }
    return moment / normalizer
  }

  /// `.gaussian(sigmaSquared: σ²)`.
  public var parameter: NoiseParameter { .gaussian(sigmaSquared: sigmaSquared) }

  private func unnormalized(_ y: Int) -> Double {
    exp(-Double(y) * Double(y) / (2 * sigmaSquaredValue))
  }
}
