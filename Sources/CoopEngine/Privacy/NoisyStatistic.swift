/// Adds integer noise to an exact integer statistic (a count, or a sum in grid units) and
/// reports the result in natural units with its accuracy.
public struct NoisyStatistic: Sendable {
  /// The noise added, in integer units.
  public let noise: any IntegerNoise
  /// Natural units per integer unit: 1 for a count, 10^−decimals for a sum on a grid.
  public let resolution: Rational

  /// A statistic with explicit noise; prefer `count(epsilon:rowsPerUnit:)` and
  /// `sum(grid:epsilon:rowsPerUnit:)`, which derive the noise from ε.
  public init(noise: any IntegerNoise, resolution: Rational = .one) {
    self.noise = noise
    self.resolution = resolution
  }

  /// A count under ε-DP: discrete Laplace of scale Δ/ε with Δ = rows per privacy unit.
  public static func count(epsilon: Rational, rowsPerUnit: Int = 1) throws(PrivacyParameterError)
    -> NoisyStatistic
  {
    NoisyStatistic(noise: try laplace(sensitivity: rowsPerUnit, epsilon: epsilon))
  }

  /// A clamped sum on `grid` under ε-DP: discrete Laplace of scale Δ/ε in grid units, with
  /// Δ = rows per unit × the largest clamped magnitude in units.
  public static func sum(grid: FixedPointGrid, epsilon: Rational, rowsPerUnit: Int = 1)
    throws(PrivacyParameterError) -> NoisyStatistic
  {
    let (sensitivity, overflow) = grid.maximumUnits.multipliedReportingOverflow(by: rowsPerUnit)
    guard !overflow else { throw .arithmeticOverflow("the sum's sensitivity") }
    return NoisyStatistic(
      noise: try laplace(sensitivity: max(sensitivity, 1), epsilon: epsilon),
      resolution: grid.resolution)
  }

  /// The discrete Laplace for sensitivity Δ at ε: scale Δ/ε, exactly.
  public static func laplace(sensitivity: Int, epsilon: Rational) throws(PrivacyParameterError)
    -> DiscreteLaplace
  {
    guard sensitivity >= 1 else { throw .sensitivityNotPositive(sensitivity) }
    guard epsilon.isPositive else { throw .epsilonNotPositive }
    do {
      return try DiscreteLaplace(scale: Rational(sensitivity).divided(by: epsilon))
    } catch let error as PrivacyParameterError {
      throw error
    } catch {
      throw .arithmeticOverflow("the noise scale")
    }
  }

  /// The exact statistic plus one noise draw (saturating at the limits of `Int`).
  public func noisyUnits<R: RandomBits>(_ exact: Int, using random: inout R) -> Int {
    let (total, overflow) = exact.addingReportingOverflow(noise.sample(using: &random))
    guard overflow else { return total }
    return exact > 0 ? .max : -.max
  }

  /// The released value for the exact statistic `exact` (in integer units).
  public func release<R: RandomBits>(_ exact: Int, using random: inout R) -> ReleasedValue {
    let units = noisyUnits(exact, using: &random)
    return ReleasedValue(
      value: (try? Rational(units).multiplied(by: resolution)) ?? Rational(uncheckedUnits: units),
      noise: (try? noise.parameter.scaled(by: resolution)) ?? noise.parameter,
      halfWidth95: (try? Rational(noise.halfWidth95).multiplied(by: resolution))
        ?? Rational(uncheckedUnits: noise.halfWidth95))
  }
}

extension Rational {
  /// An integer as a rational (cannot fail: the denominator is one).
  init(uncheckedUnits units: Int) { self.init(uncheckedNumerator: units, denominator: 1) }
}
