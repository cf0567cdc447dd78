import Foundation

/// Pearson's goodness-of-fit test of a symmetric, unimodal integer law against a histogram.
struct ChiSquare {
  let statistic: Double
  let degreesOfFreedom: Int

  /// Bins every x in -cut...cut, where cut is the largest value keeping each bin's and each
  /// tail's expected count ≥ 5; the two tails x < -cut and x > cut are one bin each.
  init(histogram: Histogram, pmf: (Int) -> Double) {
    let n = Double(histogram.total)
    var cut = 0
    while cut < histogram.radius && n * pmf(cut + 1) >= 5 { cut += 1 }
    var central = (-cut...cut).reduce(0) { $0 + pmf($1) }
    while cut > 0 && n * (1 - central) / 2 < 5 {
      central -= 2 * pmf(cut)
      cut -= 1
    }
    var statistic = 0.0
    for x in -cut...cut {
      let expected = n * pmf(x)
      let observed = Double(histogram.count(in: x...x))
      statistic += (observed - expected) * (observed - expected) / expected
    }
    let tailExpected = n * (1 - central) / 2
    var bins = 2 * cut + 1
    if tailExpected >= 5 {
      for observed in [histogram.count(below: -cut), histogram.count(above: cut)] {
        let difference = Double(observed) - tailExpected
        statistic += difference * difference / tailExpected
      }
      bins += 2
    }
    self.statistic = statistic
    self.degreesOfFreedom = bins - 1
  }

  /// The upper 10⁻⁶ quantile of χ²(k) by the Wilson–Hilferty approximation (z = 4.753), so a
  /// correct sampler fails about once in a million runs.
  var criticalValue: Double {
    let k = Double(degreesOfFreedom)
    let c = 2 / (9 * k)
    return k * pow(1 - c + 4.753 * c.squareRoot(), 3)
  }
}
