/// One independent noise added to a released number, in grid units, as written in
/// `NoisyNumber.noise`: `laplace:t` or `gaussian:s2`, with exact fractions `n/d`.
public enum NoiseTerm: Sendable, Hashable, CustomStringConvertible {
  /// Discrete Laplace noise of scale t.
  case laplace(scale: Rational)
  /// Discrete Gaussian noise of variance parameter s².
  case gaussian(sigmaSquared: Rational)

  /// Parses one term, `laplace:5/2` or `gaussian:25`.
  public init(parsing text: Substring) throws(FederationError) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let value = try? Rational(parsing: String(parts[1])),
      value.isPositive
    else { throw .malformedNoise(String(text)) }
    switch parts[0] {
    case "laplace": self = .laplace(scale: value)
    case "gaussian": self = .gaussian(sigmaSquared: value)
    default: throw .malformedNoise(String(text))
    }
  }

  /// Parses a `+`-joined list of terms, as federated numbers carry.
  public static func terms(of noise: String) throws(FederationError) -> [NoiseTerm] {
    var terms: [NoiseTerm] = []
    for part in noise.split(separator: "+", omittingEmptySubsequences: false) {
      terms.append(try NoiseTerm(parsing: part))
    }
    return terms
  }

  /// The terms joined with `+`, the form stored in `NoisyNumber.noise`.
  public static func joined(_ terms: [NoiseTerm]) -> String {
    terms.map(\.description).joined(separator: "+")
  }

  /// `laplace:5/2` or `gaussian:25`.
  public var description: String {
    switch self {
    case .laplace(let scale): "laplace:\(scale)"
    case .gaussian(let sigmaSquared): "gaussian:\(sigmaSquared)"
    }
  }

  /// The parameter as a floating-point number (display accuracy only).
  var parameterValue: Double {
    switch self {
    case .laplace(let value), .gaussian(let value):
      Double(value.numerator) / Double(value.denominator)
    }
  }
}
