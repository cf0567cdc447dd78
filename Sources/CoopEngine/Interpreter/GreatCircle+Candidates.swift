extension GreatCircle {
  /// A fixed list of candidate points prepared for `nearest(lat:lon:)`, which returns exactly
  /// the index `GreatCircle.nearest(lat:lon:candidates:)` returns for the same list, for every
  /// input (same clamping, same comparison of the computed θ/2, first index on ties), at a
  /// fraction of the cost.
  ///
  /// Method: screen, then decide exactly.
  /// 1. Screen. Each clamped point is a unit vector (cos φ cos λ, cos φ sin λ, sin φ) in Q61,
  ///    for the candidates once here, for the row once per call. The squared chord
  ///    S = Σ(Δ component)², each square's top 64 bits (Q58), costs three subtractions and
  ///    three multiplications a candidate and grows with the true angle.
  /// 2. Decide. Candidates with S above S_min + τ (τ = 2⁻⁴⁰, 2¹⁸ in Q58) cannot be the nearest
  ///    (below). If one candidate is left, it is the answer; otherwise `halfAngle` is computed
  ///    for those left, in index order, exactly as `GreatCircle.nearest` does, and the first
  ///    smallest wins. Only near-ties pay for this: two candidates whose chords from the row
  ///    differ by less than about 2⁻⁴⁰/(C₁ + C₂) (0.4 mm at 50 km, 6 m right next to the row).
  ///
  /// Why a screened-out candidate j cannot win. Let C be the true chord between the clamped
  /// points and T = asin(C/2) the true θ/2. The components come from `sine`/`sineCosine`
  /// (within 2⁻⁵⁹) and one Q62 product and halving, so each is within e = 2⁻⁵⁷ of the truth,
  /// and each Δ within 2e. So |Σ Δ² − C²| ≤ Σ 2e·(2|Δ_true| + 2e) ≤ 4√3·e·C + 12e² (Cauchy–
  /// Schwarz), and the truncation to Q58 adds at most 3·2⁻⁵⁸: |S − C²| ≤ 7e·C + 2⁻⁵⁵. If
  /// S_j > S_i + τ, then (C_j − C_i)(C_j + C_i) > τ − 7e·(C_i + C_j) − 2⁻⁵⁴, and as
  /// C_i + C_j ≤ 4, C_j − C_i > (τ − 2⁻⁵⁴)/4 − 7e > 2⁻⁴³; since dT/dC = 1/(2 cos T) ≥ ½,
  /// T_j − T_i > 2⁻⁴⁴ radian. `halfAngle` is within 2⁻⁵⁶ radian of T (θ within 2⁻⁵⁵, see
  /// `GreatCircle`), so two such errors span at most 2⁻⁵⁵, 2¹¹ times less than the gap:
  /// candidate j's computed θ/2 is strictly above candidate i's, so j is neither the smallest
  /// nor tied with it, and dropping it cannot change the index chosen. (The equality test in
  /// `GreatCircleTests` also passes with a margin of 2⁴ instead of 2¹⁸, and fails with 0.)
  ///
  /// Overflow: components are at most 2⁶¹(1 + 2⁻⁵⁹) in magnitude, differences below 2⁶³, each
  /// square's top word below 2⁶⁰·(1 + 2⁻⁵⁸), S below 2⁶², S + τ below 2⁶³. Nothing traps.
  ///
  /// Cost: two `sineCosine` reductions a row, then about 3 ns a candidate, plus `halfAngle`
  /// (about 85 ns) for each candidate left in a near-tie, which random rows rarely hit.
  struct Candidates: Sendable {
    /// The clamped candidates with cos φ, for the exact decision.
    let points: [Point]
    /// Their unit vectors.
    let vectors: [Vector]

    init(_ candidates: [(Int64, Int64)]) {
      points = candidates.map { Point($0.0, $0.1) }
      vectors = points.map { Vector(lat: $0.lat, lon: $0.lon) }
    }

    var count: Int { points.count }

    /// The screening margin on S (Q58): 2⁻⁴⁰.
    static let margin: UInt64 = 1 << 18

    /// The index of the candidate closest to the point, as `GreatCircle.nearest` (lowest index
    /// on ties; 0 for an empty list). Coordinates are nanodegrees; out-of-range values are
    /// clamped.
    func nearest(lat: Int64, lon: Int64) -> Int {
      vectors.withUnsafeBufferPointer { vectors in
        let count = vectors.count
        if count <= 1 { return 0 }
        let row = Vector(lat: lat, lon: lon)
        // Smallest S, its index, and the second smallest.
        var best = 0
        var bestS = UInt64.max
        var secondS = UInt64.max
        for i in 0..<count {
          let s = row.squaredChord(vectors[i])
          if s < bestS {
            secondS = bestS
            bestS = s
            best = i
          } else if s < secondS {
            secondS = s
          }
        }
        let limit = bestS &+ Candidates.margin
        if secondS > limit { return best }
        // A near-tie: the exact comparison among the candidates within the margin.
        let p = Point(lat, lon)
        var bestAngle = UInt64.max
        points.withUnsafeBufferPointer { points in
          for i in 0..<count where row.squaredChord(vectors[i]) <= limit {
            let angle = halfAngle(p, points[i])
            if angle < bestAngle {
              best = i
              bestAngle = angle
            }
          }
        }
        return best
      }
    }
  }

  /// A point, clamped as `Point` clamps it, as a unit vector (cos φ cos λ, cos φ sin λ, sin φ),
  /// components in Q61.
  struct Vector: Sendable {
    let x: Int64
    let y: Int64
    let z: Int64

    @inline(__always) init(lat: Int64, lon: Int64) {
      let lat = Swift.min(Swift.max(lat, -maxLatitude), maxLatitude)
      let lon = Swift.min(Swift.max(lon, -maxLongitude), maxLongitude)
      // sin and cos of |φ| ∈ [0°, 90°]: 2|φ| half-nanodegrees.
      let (sinLat, cosLat) = sineCosine(2 &* lat.magnitude)
      // sin and cos of |λ| ∈ [0°, 180°], through 180° − |λ| beyond 90°.
      let absLon = lon.magnitude
      let beyond = absLon > 90_000_000_000
      let (sinLon, cosLon) = sineCosine(2 &* (beyond ? 180_000_000_000 &- absLon : absLon))
      let x = Int64(bitPattern: q62(cosLat, cosLon) >> 1)
      let y = Int64(bitPattern: q62(cosLat, sinLon) >> 1)
      let z = Int64(bitPattern: sinLat >> 1)
      self.x = beyond ? 0 &- x : x
      self.y = lon < 0 ? 0 &- y : y
      self.z = lat < 0 ? 0 &- z : z
    }

    /// The squared chord to another point, the top words of the 128-bit squares (Q58).
    @inline(__always) func squaredChord(_ other: Vector) -> UInt64 {
      let dx = (x &- other.x).magnitude
      let dy = (y &- other.y).magnitude
      let dz = (z &- other.z).magnitude
      return dx.multipliedFullWidth(by: dx).high &+ dy.multipliedFullWidth(by: dy).high
        &+ dz.multipliedFullWidth(by: dz).high
    }
  }
}
