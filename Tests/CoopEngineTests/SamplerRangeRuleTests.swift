import CoopEngine
import Foundation
import CoopLang
import Testing

/// The checker refuses noise scales the sampler cannot draw with its own copy of the sampler's
/// rule (CoopLang cannot import CoopEngine): the two must agree, edges included.
@Suite("The checker's sampler range is the sampler's")
struct SamplerRangeRuleTests {
  /// Whether the engine builds the Laplace of a noisy number the way the executor does — from
  /// the plan's sampler scale — and that scale is never below τ = sensitivity·10⁶ / ε (never less
  /// noise), and is τ itself whenever the engine accepts τ exactly.
  static func engineAccepts(sensitivity: Int, epsilonMicros: Int) -> Bool {
    let (product, overflow) = sensitivity.multipliedReportingOverflow(by: 1_000_000)
    let exact = overflow ? nil : try? Rational(product, epsilonMicros)
    let exactAccepted = exact.map { (try? DiscreteLaplace(scale: $0)) != nil } ?? false
    guard let (n, d) = NoisyNumberPlan.samplerScale(sensitivity: sensitivity, epsilonMicros: epsilonMicros),
      let scale = try? Rational(n, d), (try? DiscreteLaplace(scale: scale)) != nil
    else { return exactAccepted }  // no sampler scale: the engine must refuse τ too
    guard let exact else { return false }
    // n/d ≥ τ, and = τ when τ itself is drawable.
    let atLeast = Int128(n) * Int128(exact.denominator) >= Int128(exact.numerator) * Int128(d)
    let same = Int128(n) * Int128(exact.denominator) == Int128(exact.numerator) * Int128(d)
    return atLeast && (!exactAccepted || same)
  }

  static let sensitivities: [Int] = {
    let limit = 1 << 32
    var out = [0, 1, 2, 3, 7, 10, 4294, 4295, 40_000, 1_000_000, limit - 1, limit, limit + 1, 2 * limit]
    out += [Int.max / 1_000_000, Int.max / 1_000_000 + 1, Int.max / 2, Int.max]
    out += (0..<40).map { 1 << $0 } + (0..<19).map { p in (0..<p).reduce(1) { a, _ in a * 10 } }
    return out
  }()

  static let epsilons: [Int] = {
    let limit = 1 << 32
    return [1, 2, 3, 7, 64, 999, 333_333, 500_000, 999_999, 1_000_000, 1_000_001, 3_000_000, 10_000_000]
      + [limit - 1, limit, limit + 1, 2 * limit, 5 << 32, Int.max]
  }()

  @Test("agree on every pair of the grid, edges included")
  func agreeOnGrid() {
    var accepted = 0
    for s in Self.sensitivities {
      for e in Self.epsilons {
        let engine = Self.engineAccepts(sensitivity: s, epsilonMicros: e)
        #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: s, epsilonMicros: e) == engine, "sensitivity \(s), ε \(e) µ")
        if engine { accepted += 1 }
      }
    }
    #expect(accepted > 50)
  }

  @Test("agree exactly at the boundary 2^32 for numerator and denominator")
  func agreeAtBoundary() {
    let limit = 1 << 32
    // Numerator: sensitivity·10⁶/ε at 2^32 exactly, one above, one below.
    for (s, e) in [(limit, 1_000_000), (limit + 1, 1_000_000), (limit - 1, 1_000_000), (4294, 1), (4295, 1), (8_589_934_592, 2_000_000)] {
      #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: s, epsilonMicros: e) == Self.engineAccepts(sensitivity: s, epsilonMicros: e), "\(s) / \(e)")
    }
    // Denominator: ε/gcd at 2^32 exactly and just above; the reduction matters (2^33 / 2 ≤ 2^32).
    for (s, e) in [(1, limit), (1, limit + 1), (2, 2 * limit), (3, 2 * limit), (1, 2 * limit)] {
      #expect(NoisyNumberPlan.isWithinSamplerRange(sensitivity: s, epsilonMicros: e) == Self.engineAccepts(sensitivity: s, epsilonMicros: e), "\(s) / \(e)")
    }
  }

  @Test("agree on random pairs around the boundary")
  func agreeRandomly() {
    var random = SplitMixBits(seed: 4)
    for _ in 0..<20_000 {
      let e = Int(random.nextWord() % 20_000_000) + 1
      // Sensitivities near the largest one in range for this ε: 2^32·ε/10⁶.
      let edge = Int((Double(1 << 32) * Double(e) / 1_000_000).rounded())
      let s = max(0, edge + Int(random.nextWord() % 2001) - 1000)
      #expect(
        NoisyNumberPlan.isWithinSamplerRange(sensitivity: s, epsilonMicros: e) == Self.engineAccepts(sensitivity: s, epsilonMicros: e),
        "sensitivity \(s), ε \(e) µ")
    }
  }

  @Test("every plan the checker accepts in the Algorithms builds its samplers")
  func algorithmsBuild() throws {
    for n in AlgorithmsForRange.plans() {
      #expect(n.isWithinSamplerRange && Self.engineAccepts(sensitivity: n.sensitivity, epsilonMicros: n.epsilonMicros), "\(n.name)")
    }
  }
}

/// The noisy numbers of every Algorithm.
enum AlgorithmsForRange {
  static func plans() -> [NoisyNumberPlan] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let registry = SchemaRegistry(directories: [root.appendingPathComponent("Algorithms/schemas")])
    var out: [NoisyNumberPlan] = []
    for folder in ["Algorithms/mobility", "Algorithms/examples"] {
      let dir = root.appendingPathComponent(folder)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where name.hasSuffix(".coop") {
        let url = dir.appendingPathComponent(name)
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        if let s = Checker.check(SourceText(path: url.path, bytes: bytes), registry: registry).script {
          out += s.privacy.noisyNumbers
        }
      }
    }
    return out
  }
}
