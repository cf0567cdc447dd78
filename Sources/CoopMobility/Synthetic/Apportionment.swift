/// Splits a whole number into parts proportional to weights (largest-remainder method).
enum Apportionment {
  /// `total` split over `weights`, each part at least `minimum`; the parts sum to `total`.
  ///
  /// Requires `total >= minimum * weights.count`; ties go to the lower index, so the result is
  /// deterministic.
  static func split(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
    guard !weights.isEmpty else { return [] }
    let spare = max(0, total - minimum * weights.count)
    let sum = weights.reduce(0) { $0 + max(0, $1) }
    let shares = weights.map {
      sum > 0 ? Double(spare) * max(0, $0) / sum : Double(spare) / Double(weights.count)
    }
    var parts = shares.map { minimum + Int($0.rounded(.down)) }
    let remaining = total - parts.reduce(0, +)
    let order = shares.indices.sorted {
      let a = shares[$0] - shares[$0].rounded(.down)
      let b = shares[$1] - shares[$1].rounded(.down)
      return a != b ? a > b : $0 < $1
    }
    for index in order.prefix(max(0, remaining)) { parts[index] += 1 }
    return parts
  }
}
