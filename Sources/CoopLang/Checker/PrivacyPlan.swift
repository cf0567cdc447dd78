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
  /// The noisy numbers of a cell with their share of ε and sensitivity.
  public var noisyNumbers: [NoisyNumberPlan]

  /// ε of the whole run (all rounds), in millionths.
  public var epsilonTotalMicros: Int { epsilonPerRoundMicros * rounds }
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

  /// The discrete Laplace scale, `sensitivity / ε`, as an exact fraction in grid units.
  public var scale: (numerator: Int, denominator: Int) {
    (sensitivity * 1_000_000, epsilonMicros)
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
    let bound = log((1 - coverage) * (1 + q) / 2) / log(q) - 1
    return max(0, Int(bound.rounded(.up)))
  }
}
