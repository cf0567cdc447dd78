import Foundation

/// The pmf of a sum of independent integer noises, by direct convolution of truncated pmfs.
///
/// Each term is cut at T where its two tails weigh at most η/(2k) (k terms, η =
/// `FederatedAccuracy.truncatedMass`); after each convolution the running sum's outer entries
/// are trimmed while their mass stays under η/(2k). The array is therefore a sub-probability
/// measure of total deficit at most η, every entry a lower bound of the true probability.
struct NoiseConvolution {
  /// P'(S = offset + index), a lower bound of P(S = ·) entry by entry.
  private(set) var mass: [Double] = [1]
  /// The value of index 0.
  private(set) var offset = 0

  /// The convolution of `terms`, or `nil` if it would take more than `budget` multiply-adds.
  init?(terms: [NoiseTerm], budget: Int) {
    let share = FederatedAccuracy.truncatedMass / Double(2 * terms.count)
    guard Self.estimatedCost(terms, tailMass: share) <= budget else { return nil }
    var spent = 0
    for term in terms {
      let limit = Self.truncation(term, tailMass: share)
      spent += mass.count * (2 * limit + 1)
      guard spent <= budget else { return nil }
      let pmf = Self.truncatedPMF(term, limit: limit)
      convolve(with: pmf, center: limit)
      trim(tailMass: share)
    }
  }

  /// An estimate of the multiply-adds the convolution takes, to decide before starting: the
  /// running array is about as wide as the untrimmed sum, or as the sum's tails at this mass
  /// (a Chebyshev-free normal estimate, z·σ with z = √(2 ln(2/tailMass))), whichever is smaller.
  static func estimatedCost(_ terms: [NoiseTerm], tailMass: Double) -> Int {
    let z = (2 * log(2 / tailMass)).squareRoot()
    var support = 1.0
    var variance = 0.0
    var cost = 0.0
    for term in terms {
      let size = Double(2 * truncation(term, tailMass: tailMass) + 1)
      cost += support * size
      let value = term.parameterValue
      switch term {
      case .laplace: variance += 2 * value * value
      case .gaussian: variance += value
      }
      support = min(support + size - 1, 2 * z * variance.squareRoot() + size)
    }
    return cost > Double(Int.max / 2) ? Int.max / 2 : Int(cost)
  }

  /// The smallest w with P'(|S| ≤ w) ≥ coverage.
  func halfWidth(coverage: Double) -> Int {
    var covered = self[0]
    var width = 0
    let reach = max(-offset, offset + mass.count - 1)
    while covered < coverage && width < reach {
      width += 1
      covered += self[width] + self[-width]
    }
    return width
  }

  /// P'(S = value), zero outside the kept range.
  subscript(value: Int) -> Double {
    let index = value - offset
    return mass.indices.contains(index) ? mass[index] : 0
  }

  private mutating func convolve(with pmf: [Double], center: Int) {
    var result = [Double](repeating: 0, count: mass.count + pmf.count - 1)
    for (i, left) in mass.enumerated() where left > 0 {
      for (j, right) in pmf.enumerated() { result[i + j] += left * right }
    }
    mass = result
    offset -= center
  }

  /// Drops outer entries while the dropped mass on both sides stays under `tailMass`.
  private mutating func trim(tailMass: Double) {
    var dropped = 0.0
    var low = 0
    var high = mass.count - 1
    while low < high {
      let next = min(mass[low], mass[high])
      guard dropped + next <= tailMass else { break }
      dropped += next
      if mass[low] <= mass[high] { low += 1 } else { high -= 1 }
    }
    mass = Array(mass[low...high])
    offset += low
  }

  /// The T beyond which both tails of `term` weigh at most `tailMass`.
  static func truncation(_ term: NoiseTerm, tailMass: Double) -> Int {
    let value = term.parameterValue
    switch term {
    case .laplace:
      // P(|X| > T) = 2q^(T+1)/(1+q) ≤ 2e^(−(T+1)/τ) ≤ tailMass once T ≥ τ·ln(2/tailMass).
      return Int(min(1e15, value * log(2 / tailMass)).rounded(.up))
    case .gaussian:
      // Sub-Gaussian tails: P(|X| > T) ≤ 2e^(−(T+1)²/(2σ²)) ≤ tailMass once
      // T ≥ σ·√(2 ln(2/tailMass)).
      return Int(min(1e15, value.squareRoot() * (2 * log(2 / tailMass)).squareRoot()).rounded(.up))
    }
  }

  /// The pmf of `term` on −limit…limit.
  static func truncatedPMF(_ term: NoiseTerm, limit: Int) -> [Double] {
    let value = term.parameterValue
    switch term {
    case .laplace:
      let q = exp(-1 / value)
      let peak = (1 - q) / (1 + q)
      return (-limit...limit).map { peak * exp(-Double($0.magnitude) / value) }
    case .gaussian:
      let reach = Int((40 * value.squareRoot()).rounded(.up)) + 40
      let weight = { (x: Int) in exp(-Double(x) * Double(x) / (2 * value)) }
      var normalizer = 1.0
      for x in 1...reach { normalizer += 2 * weight(x) }
      return (-limit...limit).map { weight($0) / normalizer }
    }
  }
}
