import Foundation

/// The 95% half-width of a sum of independent noises, as a federated total carries.
///
/// Two methods, both conservative (they never report a half-width whose coverage is below the
/// target, up to floating-point rounding of the pmf values):
/// - `.convolution`: the exact pmf of the sum, by convolving the terms' pmfs truncated far in
///   their tails, and trimming the running sum's tails likewise. What is truncated or trimmed is
///   lost mass, so the computed coverage P'(|S| ≤ w) is a lower bound of the true coverage and
///   exceeds it by at most `truncatedMass` (10⁻⁹): the half-width found is the exact one, or
///   larger only where the true coverage is within 10⁻⁹ of 95%.
/// - `.chernoff`: when the convolution would take more than `operationBudget` multiply-adds
///   (many terms with large scales), the bound P(|S| > w) ≤ 2·inf_λ e^(−λ(w+1))·Π Mᵢ(λ), with
///   the discrete Laplace's moment generating function (1 − q)²/((1 − qe^λ)(1 − qe^−λ)) and
///   the discrete Gaussian's sub-Gaussian bound e^(λ²σ²/2) (Canonne, Kamath, Steinke 2020).
/// - `.laplaceSum`: for n identical discrete Laplace terms (every edge adding the same noise), the
///   closed-form tail of the continuous Laplace sum they round, plus n (`LaplaceSumBound`); used
///   instead of the Chernoff bound when narrower, which it is by about a third for 20 edges.
public enum FederatedAccuracy {
  /// How a half-width was obtained.
  public enum Method: String, Sendable {
    /// Exact pmf of the sum (within `truncatedMass`).
    case convolution
    /// The Chernoff bound (conservative).
    case chernoff
    /// The continuous Laplace sum's tail, plus the rounding (conservative).
    case laplaceSum
  }

  /// The mass the convolution may drop in all (tails of terms and of the running sum).
  public static let truncatedMass = 1e-9
  /// The largest number of multiply-adds spent on a convolution before using the bound.
  public static let operationBudget = 40_000_000

  /// The smallest w with P(|Σ terms| ≤ w) ≥ `coverage` (or a conservative bound of it).
  public static func halfWidth(of terms: [NoiseTerm], coverage: Double = 0.95) -> (
    width: Int, method: Method
  ) {
    guard !terms.isEmpty else { return (0, .convolution) }
    if let width = NoiseConvolution(terms: terms, budget: operationBudget)?.halfWidth(
      coverage: coverage)
    {
      return (width, .convolution)
    }
    let chernoff = NoiseChernoffBound(terms: terms).halfWidth(coverage: coverage)
    if let bound = LaplaceSumBound(terms: terms)?.halfWidth(coverage: coverage), bound < chernoff {
      return (bound, .laplaceSum)
    }
    return (chernoff, .chernoff)
  }
}
