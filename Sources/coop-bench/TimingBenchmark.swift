import CoopCrypto
import CoopEdge
import CoopEngine
import CoopLang
import CoopMobility
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the hub could learn from when an edge answers (Docs/privacy.md, "Timing").
///
/// 1. The discrete Laplace sampler's time per draw against the value drawn, at the scales the
///    mobility Algorithms use (read from their checked scripts): draws bucketed by |x|/τ, the
///    median and 99th percentile per bucket, each median as a ratio to the median of the
///    smallest bucket measured in the same run.
/// 2. A whole round as an edge runs it after its debit (engine run with noise over the whole
///    key domain, the envelope sealed to the hub), repeated on the same store: how much its time
///    varies between runs, beside the time of the round's noise alone; and the slowest round
///    against the default answer interval.
enum TimingBenchmark {
  static let algorithms = ["carpool", "shuttle", "third_places"]

  static func run() {
    print("== timing: sampler time against the noise drawn, whole rounds against each other")
    let scripts = checkedScripts()
    samplers(scripts)
    let slowest = rounds(scripts)
    let (seconds, attoseconds) = AnswerSchedule.defaultInterval.components
    let interval = Double(seconds) + Double(attoseconds) * 1e-18
    Bench.report(
      "slowest round measured", slowest * 1000, "ms", baseline: "default answer interval",
      ratio: slowest / interval, goal: "< 1.0× (a round longer than T is rounded up to 2T)")
  }

  /// The mobility Algorithms, checked.
  static func checkedScripts() -> [(String, CheckedScript)] {
    let registry = SchemaRegistry(directories: [URL(fileURLWithPath: "Algorithms/schemas")])
    return algorithms.compactMap { name in
      let path = "Algorithms/mobility/\(name).coop"
      guard let data = FileManager.default.contents(atPath: path),
        let script = Checker.check(SourceText(path: path, bytes: [UInt8](data)), registry: registry).script
      else {
        print("\(name): does not check")
        return nil
      }
      return (name, script)
    }
  }

  /// The scale τ = Δ/ε of each noisy number of `script`, as the executor builds it.
  static func scales(_ script: CheckedScript) -> [(String, Rational)] {
    script.privacy.noisyNumbers.compactMap { number in
      // The plan's sampler scale (τ, or τ rounded up past the sampler's range), as NoisyRelease
      // draws with; a plan the checker refused has none and is skipped.
      guard number.isWithinSamplerRange, let scale = try? Rational(number.scale.numerator, number.scale.denominator)
      else { return nil }
      return (number.name, scale)
    }
  }

  // MARK: - Sampler time per draw

  /// Upper ends of the |x|/τ buckets (the last is open).
  static let bucketEdges: [Double] = [0.5, 1, 2, 4, 8]

  static func samplers(_ scripts: [(String, CheckedScript)]) {
    var seen: Set<Rational> = []
    for (name, script) in scripts {
      for (value, scale) in scales(script) where seen.insert(scale).inserted {
        guard let laplace = try? DiscreteLaplace(scale: scale) else { continue }
        drawTimes(label: "\(name).\(value) τ=\(scale)", laplace)
      }
    }
  }

  /// Times 1,000,000 single draws from libsodium, bucketed by |x|/τ.
  static func drawTimes(label: String, _ laplace: DiscreteLaplace) {
    let tau = Double(laplace.scale.numerator) / Double(laplace.scale.denominator)
    var buckets = Array(repeating: [UInt64](), count: bucketEdges.count + 1)
    var random = SecureRandomBits()
    var checksum = 0
    for _ in 0..<20_000 { checksum &+= laplace.sample(using: &random) }  // warm the CSPRNG's buffer
    for _ in 0..<1_000_000 {
      let start = monotonicNanoseconds()
      let x = laplace.sample(using: &random)
      let elapsed = monotonicNanoseconds() - start
      checksum &+= x
      let ratio = Double(x.magnitude) / tau
      buckets[bucketEdges.firstIndex { ratio < $0 } ?? bucketEdges.count].append(elapsed)
    }
    if checksum == .min { print("") }  // keeps the draws observable to the optimiser
    let words = wordsPerDraw(laplace, tau: tau)
    print("-- discrete Laplace \(label): time of one draw by |noise|/τ (1,000,000 draws)")
    var baseline: Double?
    for (index, var times) in buckets.enumerated() where times.count >= 100 {
      times.sort()
      let median = Double(times[times.count / 2])
      let p99 = Double(times[times.count * 99 / 100])
      let lower = index == 0 ? 0 : bucketEdges[index - 1]
      let upper = index < bucketEdges.count ? String(format: "%g)", bucketEdges[index]) : "∞)"
      let share = Double(times.count) / 1e4
      let name = String(format: "  |x|/τ in [%g, %@ %5.2f%%", lower, upper, share)
      baseline = baseline ?? median
      Bench.report(
        name + " median", median, "ns", baseline: "median of the first bucket", ratio: median / (baseline ?? median))
      Bench.report(name + " p99", p99, "ns")
      Bench.report(name + " CSPRNG words", words[index], "/draw")
    }
  }

  /// The mean number of CSPRNG words one draw uses, per |x|/τ bucket (200,000 draws, untimed;
  /// single bits count 1/64 of a word). A refill of the CSPRNG's 4 KiB block costs one draw in
  /// 512 words a few microseconds, so draws using more words are more often slow.
  static func wordsPerDraw(_ laplace: DiscreteLaplace, tau: Double) -> [Double] {
    var random = CountingBits()
    var total = Array(repeating: 0.0, count: bucketEdges.count + 1)
    var draws = Array(repeating: 0.0, count: bucketEdges.count + 1)
    for _ in 0..<200_000 {
      let before = random.words
      let x = laplace.sample(using: &random)
      let bucket = bucketEdges.firstIndex { Double(x.magnitude) / tau < $0 } ?? bucketEdges.count
      total[bucket] += random.words - before
      draws[bucket] += 1
    }
    return zip(total, draws).map { $1 > 0 ? $0 / $1 : 0 }
  }

  /// Libsodium's words, counted.
  struct CountingBits: RandomBits {
    var source = SecureRandomBits()
    var words = 0.0

    mutating func nextWord() -> UInt64 {
      words += 1
      return source.nextWord()
    }

    mutating func nextBit() -> Bool {
      words += 1.0 / 64
      return source.nextBit()
    }
  }

  static func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  // MARK: - Whole rounds

  /// Rounds on stores of 250 (a demo company), 10,000 and 1,000,000 employees; returns the
  /// slowest round measured, in seconds.
  static func rounds(_ scripts: [(String, CheckedScript)]) -> Double {
    let edge = SecretKey.generate()
    let hub = SecretKey.generate().publicKey
    var slowest = 0.0
    let temporary = NSTemporaryDirectory() + "coop-bench-timing-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    var stores: [(Int, String, Int)] = []
    for employees in [250, 10_000] {
      let dir = URL(fileURLWithPath: temporary).appendingPathComponent("\(employees)")
      if let store = EngineBenchmark.synthesize(employees, into: dir) { stores.append((employees, store, 40)) }
    }
    if let store = EngineBenchmark.syntheticStore() { stores.append((EngineBenchmark.employees, store, 12)) }
    for (employees, store, repetitions) in stores {
      for (name, script) in scripts {
        var times: [Double] = []
        var cells = 0
        for _ in 0..<repetitions {
          let start = monotonicNanoseconds()
          guard let table = try? Executor.run(
            script, store: store, parameters: [:], mode: .federated(localMinGroup: nil)
          ).table,
            let json = try? ResultEnvelope(job: "bench", round: 1, bundle: "bench", edge: edge.id.text, table: table)
              .canonicalJSON(),
            (try? SignedSealedBox.seal(Array(json), from: edge, to: hub)) != nil
          else {
            print("\(name) on \(employees) employees: the round failed")
            break
          }
          times.append(Double(monotonicNanoseconds() - start) / 1e9)
          cells = table.cells.count
        }
        guard !times.isEmpty else { continue }
        times.sort()
        slowest = max(slowest, times[times.count - 1])
        let noise = noiseTimes(script, cells: cells)
        let label = "round \(name) @\(size(employees))"
        let median = times[times.count / 2]
        let spread = times[times.count * 9 / 10] - times[times.count / 10]
        Bench.report("\(label): min", times[0] * 1000, "ms")
        Bench.report(
          "\(label): median", median * 1000, "ms", baseline: "its noise alone", ratio: median / noise.median)
        Bench.report(
          "\(label): max", times[times.count - 1] * 1000, "ms", baseline: "min of \(times.count) rounds",
          ratio: times[times.count - 1] / times[0])
        Bench.report(
          "\(label): p90 − p10", spread * 1000, "ms", baseline: "its noise's p90 − p10",
          ratio: spread / max(noise.spread, 1e-9))
        Bench.report("  its noise alone (\(cells) cells): median", noise.median * 1e6, "µs")
        Bench.report("  its noise alone: p90 − p10", noise.spread * 1e6, "µs")
      }
    }
    return slowest
  }

  /// `250`, `10k`, `1M`.
  static func size(_ employees: Int) -> String {
    if employees >= 1_000_000 { return "\(employees / 1_000_000)M" }
    return employees >= 1000 ? "\(employees / 1000)k" : "\(employees)"
  }

  /// The time of drawing one round's noise, `cells` × the script's noisy numbers, 500 times:
  /// its median and the spread between its 10th and 90th percentiles.
  static func noiseTimes(_ script: CheckedScript, cells: Int) -> (median: Double, spread: Double) {
    let samplers = scales(script).compactMap { try? DiscreteLaplace(scale: $0.1) }
    var random = SecureRandomBits()
    var checksum = 0
    var times: [Double] = []
    for _ in 0..<500 {
      let start = monotonicNanoseconds()
      for _ in 0..<cells {
        for sampler in samplers { checksum &+= sampler.sample(using: &random) }
      }
      times.append(Double(monotonicNanoseconds() - start) / 1e9)
    }
    if checksum == .min { print("") }
    times.sort()
    return (times[times.count / 2], times[times.count * 9 / 10] - times[times.count / 10])
  }
}
