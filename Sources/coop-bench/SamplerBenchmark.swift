import CoopEngine

/// Prints the samples per second of each noise sampler, drawing from libsodium as in
/// production, next to the rate of raw CSPRNG words measured in the same run as a baseline.
func runSamplerBenchmarks() {
  let baseline = samplesPerSecond { random in Int(truncatingIfNeeded: random.nextWord()) }
  print("secure_random words: \(formatRate(baseline))")
  let cases: [(String, Rational)] = [
    ("t=1/2", Rational.one.halved), ("t=1", .one), ("t=10", whole(10)), ("t=100", whole(100)),
    ("t=10000", whole(10_000)),
  ]
  for (label, scale) in cases {
    guard let laplace = try? DiscreteLaplace(scale: scale) else { continue }
    report("discrete_laplace \(label)", samplesPerSecond { laplace.sample(using: &$0) }, baseline)
  }
  for sigmaSquared in [1, 25, 10_000, 1_000_000] {
    guard let gaussian = try? DiscreteGaussian(sigmaSquared: whole(sigmaSquared)) else { continue }
    let rate = samplesPerSecond { gaussian.sample(using: &$0) }
    report("discrete_gaussian sigma2=\(sigmaSquared)", rate, baseline)
  }
}

/// Runs `draw` for about half a second and returns the draws per second.
private func samplesPerSecond(_ draw: (inout SecureRandomBits) -> Int) -> Double {
  var random = SecureRandomBits()
  var checksum = 0
  var count = 0
  let clock = ContinuousClock()
  let start = clock.now
  var elapsed = Duration.zero
  while elapsed < .milliseconds(500) {
    for _ in 0..<1_000 { checksum &+= draw(&random) }
    count += 1_000
    elapsed = clock.now - start
  }
  if checksum == .min { print("") }  // keeps the draws observable to the optimiser
  let (seconds, attoseconds) = elapsed.components
  return Double(count) / (Double(seconds) + Double(attoseconds) * 1e-18)
}

private func report(_ name: String, _ rate: Double, _ baseline: Double) {
  let ratio = (rate / baseline * 1000).rounded() / 1000
  print("\(name): \(formatRate(rate)) (\(ratio)x secure_random words)")
}

private func formatRate(_ rate: Double) -> String {
  "\((rate / 1e5).rounded() / 10) M samples/s"
}

private func whole(_ value: Int) -> Rational { (try? Rational(value)) ?? .one }

extension Rational {
  /// Half of the value (for the benchmark's t = 1/2).
  fileprivate var halved: Rational { (try? divided(by: Rational(2))) ?? self }
}
