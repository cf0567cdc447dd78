/// Which noise a released value carries and its parameter, in the value's own units.
public enum NoiseParameter: Sendable, Hashable, CustomStringConvertible {
  /// Discrete Laplace noise of scale τ (a step of the value's grid times an integer scale).
  case laplace(scale: Rational)
  /// Discrete Gaussian noise of variance parameter σ².
  case gaussian(sigmaSquared: Rational)
  /// Post-processing of other noisy values (a mean = noisy sum / noisy count).
  case derived

  /// `laplace(scale: 4)`, `gaussian(sigma^2: 25)` or `derived`.
  public var description: String {
    switch self {
    case .laplace(let scale): "laplace(scale: \(scale))"
    case .gaussian(let sigmaSquared): "gaussian(sigma^2: \(sigmaSquared))"
    case .derived: "derived"
    }
  }

  /// The same noise seen in units `resolution` times larger (a grid step of 1/100 → /100).
  func scaled(by resolution: Rational) throws(RationalError) -> NoiseParameter {
    switch self {
    case .laplace(let scale): .laplace(scale: try scale.multiplied(by: resolution))
    case .gaussian(let sigmaSquared):
      .gaussian(
        sigmaSquared: try sigmaSquared.multiplied(by: resolution.multiplied(by: resolution)))
    case .derived: .derived
    }
  }
}
