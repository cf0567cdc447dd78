import Foundation

/// The exact law of the discrete Laplace, evaluated in floating point for display and tests;
/// nothing here is on the sampling path.
extension DiscreteLaplace: IntegerNoise {
  /// τ as a floating-point number.
  var scaleValue: Double { Double(scale.numerator) / Double(scale.denominator) }

  /// P(X = x) = (1 − q)/(1 + q) · q^|x| with q = exp(−1/τ).
  public func probability(of value: Int) -> Double {
    let q = exp(-1 / scaleValue)
    return (1 - q) / (1 + q) * exp(-Double(value.magnitude) / scaleValue)
  }

  /// P(|X| > w) = 2·q^(w+1)/(1 + q): solved in closed form, then adjusted by ±1 to absorb
  /// rounding, so the result is the smallest w whose computed coverage is enough.
  public func halfWidth(coverage: Double) -> Int {
    let q = exp(-1 / scaleValue)
    let covered = { (w: Int) in 1 - 2 * exp(-Double(w + 1) / self.scaleValue) / (1 + q) >= coverage
    }
    let estimate = scaleValue * log(2 / ((1 - coverage) * (1 + q))) - 1
    var width = max(0, Int(estimate.rounded(.up)))
    while width > 0 && covered(width - 1) { width -= 1 }
    while !covered(width) { width += 1 }
    return width
  }

  /// The variance 2q/(1 − q)².
  public var variance: Double {
    let q = exp(-1 / scaleValue)
    return 2 * q / ((1 - q) * (1 - q))
  }

  /// `.laplace(scale: τ)`.
  public var parameter: NoiseParameter { .laplace(scale: scale) }
}
