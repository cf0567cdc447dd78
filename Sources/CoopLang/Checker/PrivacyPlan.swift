import Foundation

/// The privacy cost of a script and how ε is split across the noisy numbers of a cell.
public struct PrivacyPlan: Sendable, Hashable {
  /// The privacy unit.
  public var unit: String
  /// ε of one round, in millionths.
  public var epsilonPerRoundMicros: Int
  /// Rounds.
  public var rounds: Int
  /// The minimum group size of published cells.
  public var minGroup: Int
  /// The most rows one unit has in the table read.
  public var rowsPerUnit: Int
  /// The noisy numbers of a cell with their share of ε and sensitivity, by position: number 0 is
  /// the cell count (shared by every `count()` release), then one noisy sum per `sum` or `mean`
  /// release, in release order. Their shares of ε add up to at most `epsilonPerRoundMicros`.
  public var noisyNumbers: [NoisyNumberPlan]

  /// ε of the whole run (all rounds), in millionths. The checker refuses runs above its limit,
  /// so this never overflows for a checked script (it saturates otherwise).
  public var epsilonTotalMicros: Int {
    let (total, overflow) = epsilonPerRoundMicros.multipliedReportingOverflow(by: rounds)
    return overflow ? .max : total
  }

  /// The position in `noisyNumbers` of the noisy number released value `index` of `releases` is
  /// computed from: 0 (the cell count) for `count()`, otherwise 1 + the number of `sum` and
  /// `mean` releases before it. Names are never used: a sum may be named `count`.
  public static func noisyNumberIndex(ofRelease index: Int, in releases: [CheckedRelease]) -> Int {
    guard releases.indices.contains(index), releases[index].kind != .count else { return 0 }
    return 1 + releases[..<index].filter { $0.kind != .count }.count
  }

  /// The release a noisy number belongs to: nil for the cell count (number 0).
  public static func release(ofNoisyNumber index: Int, in releases: [CheckedRelease]) -> CheckedRelease? {
    guard index > 0 else { return nil }
    let sums = releases.filter { $0.kind != .count }
    return sums.indices.contains(index - 1) ? sums[index - 1] : nil
  }
}

/// One noisy number of every cell: the count, or the sum of a released value.
public struct NoisyNumberPlan: Sendable, Hashable {
  /// `count` for the cell count, otherwise the released value's name.
  public var name: String
  /// Its share of one round's ε, in millionths.
  public var epsilonMicros: Int
  /// How much one unit can change it, in grid units (an integer).
  public var sensitivity: Int
  /// Fractional digits of its grid (0 for counts).
  public var decimals: Int
  /// The display factor from base units (e.g. 1000 for km): noise in display units is
  /// `scale / 10^decimals / displayFactor`.
  public var displayFactor: Int

  /// A noisy number with every field given.
  public init(name: String, epsilonMicros: Int, sensitivity: Int, decimals: Int, displayFactor: Int) {
    self.name = name
    self.epsilonMicros = epsilonMicros
    self.sensitivity = sensitivity
    self.decimals = decimals
    self.displayFactor = displayFactor
  }

  /// The most decimals of a sum's fixed-point grid, in base units.
  public static let maxDecimals = 6

  /// The largest numerator or denominator of a noise scale the engine's sampler supports
  /// (CoopEngine's `DiscreteLaplace.parameterLimit`, mirrored here: CoopLang has no dependencies).
  public static let samplerParameterLimit = 1 << 32

  /// The discrete Laplace scale τ = `sensitivity / ε` = sensitivity·10⁶ / ε in millionths, in
  /// lowest terms (grid units); nil when ε is not positive, the sensitivity is negative, or
  /// sensitivity·10⁶ does not fit 64 bits (the engine builds τ from that product).
  public static func exactScale(sensitivity: Int, epsilonMicros: Int) -> (numerator: Int, denominator: Int)? {
    guard sensitivity >= 0, epsilonMicros > 0 else { return nil }
    let (product, overflow) = sensitivity.multipliedReportingOverflow(by: 1_000_000)
    guard !overflow else { return nil }
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    let g = gcd(product, epsilonMicros)  // ≥ 1: ε is positive
    return (product / g, epsilonMicros / g)
  }

  /// The scale the engine's sampler draws with: τ itself when, in lowest terms, its numerator
  /// and denominator are at most 2³²; otherwise, when only the numerator is too large, τ rounded
  /// **up** to a whole number (τ > 1 then, and τ ≥ 429 under the checker's limit ε ≤ 10), which
  /// adds at most a 1/429 part more noise and spends ε' = sensitivity/⌈τ⌉ ≤ ε — so an even split
  /// such as ε/6 never makes an ordinary script unrunnable. nil when no such scale exists (τ = 0,
  /// a denominator above 2³², or ⌈τ⌉ > 2³²).
  public static func samplerScale(sensitivity: Int, epsilonMicros: Int) -> (numerator: Int, denominator: Int)? {
    guard let (n, d) = exactScale(sensitivity: sensitivity, epsilonMicros: epsilonMicros), n >= 1 else { return nil }
    guard d <= samplerParameterLimit else { return nil }
    if n <= samplerParameterLimit { return (n, d) }
    let up = n / d + (n % d == 0 ? 0 : 1)
    return up <= samplerParameterLimit ? (up, 1) : nil
  }

  /// Whether the engine's discrete Laplace sampler can draw the noise of a noisy number of this
  /// sensitivity and ε (`samplerScale` exists). The checker refuses every plan outside this range
  /// (`E0606`), so the edge never debits the budget for a release its sampler would refuse.
  public static func isWithinSamplerRange(sensitivity: Int, epsilonMicros: Int) -> Bool {
    samplerScale(sensitivity: sensitivity, epsilonMicros: epsilonMicros) != nil
  }

  /// `isWithinSamplerRange(sensitivity:epsilonMicros:)` of this number.
  public var isWithinSamplerRange: Bool {
    Self.isWithinSamplerRange(sensitivity: sensitivity, epsilonMicros: epsilonMicros)
  }

  /// The discrete Laplace scale the edge draws with, as an exact fraction in grid units:
  /// `samplerScale` (τ = sensitivity/ε, or τ rounded up when τ's terms pass the sampler's range);
  /// (Int.max, 1) when there is none, which the checker refuses (`E0605`, `E0606`).
  public var scale: (numerator: Int, denominator: Int) {
    Self.samplerScale(sensitivity: sensitivity, epsilonMicros: epsilonMicros) ?? (.max, 1)
  }

  /// The 95% half-width of the noise in grid units: the smallest w with P(|X| > w) ≤ 5% for the
  /// discrete Laplace of this scale, P(|X| > w) = 2·e^(−(w+1)/t) / (1 + e^(−1/t)).
  public var halfWidth95Units: Int {
    AccuracyMath.laplaceHalfWidth(
      scale: Double(scale.numerator) / Double(max(1, scale.denominator)), coverage: 0.95)
  }
}

/// Accuracy estimates. Display only: floating point never touches noise.
public enum AccuracyMath {
  /// The smallest integer w ≥ 0 with P(|X| ≤ w) ≥ `coverage` for a discrete Laplace of scale `t`.
  public static func laplaceHalfWidth(scale t: Double, coverage: Double) -> Int {
    guard t > 0, t.isFinite else { return 0 }
    let q = exp(-1 / t)
    // P(|X| > w) = 2 q^(w+1) / (1 + q) ≤ 1 − coverage  ⇔  w + 1 ≥ ln((1−c)(1+q)/2) / ln q
    let bound = (log((1 - coverage) * (1 + q) / 2) / log(q) - 1).rounded(.up)
    guard bound.isFinite, bound < Double(Int.max) else { return .max }
    return max(0, Int(bound))
  }
}
