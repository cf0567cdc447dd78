import CoopEngine
import Testing

/// Draws `count` samples and checks them against the exact law: χ² goodness of fit at
/// significance 10⁻⁶, the mean, the variance and the 95% half-width's tail mass.
func checkSampler(
  _ noise: some IntegerNoise, variance: Double, count: Int = 1_000_000, seed: UInt64,
  pmf: (Int) -> Double
) {
  var random = SplitMixBits(seed: seed)
  let width = noise.halfWidth95
  var histogram = Histogram(radius: max(20 * width, 64))
  for _ in 0..<count { histogram.add(noise.sample(using: &random)) }

  let fit = ChiSquare(histogram: histogram, pmf: pmf)
  #expect(fit.degreesOfFreedom >= 2)
  #expect(fit.statistic < fit.criticalValue, "chi2 \(fit.statistic) df \(fit.degreesOfFreedom)")

  // Mean 0 and the exact variance, each within 6 standard errors (fourth moment ≤ 6·var² for
  // these laws: Laplace kurtosis is at most 6, the Gaussian's at most 3).
  let n = Double(count)
  #expect(abs(histogram.mean) < 6 * (variance / n).squareRoot(), "mean \(histogram.mean)")
  #expect(
    abs(histogram.variance - variance) < 6 * (6 * variance * variance / n).squareRoot(),
    "variance \(histogram.variance) want \(variance)")

  // Tails: P(|X| > w) ≤ 5% < P(|X| > w − 1), within 6 binomial standard errors.
  let outside = { (w: Int) in
    Double(histogram.count(below: -w) + histogram.count(above: w)) / n
  }
  let slack = 6 * (0.05 * 0.95 / n).squareRoot()
  #expect(outside(width) <= 0.05 + slack, "tail beyond \(width): \(outside(width))")
  if width > 0 {
    #expect(outside(width - 1) > 0.05 - slack, "tail beyond \(width - 1): \(outside(width - 1))")
  }
}
