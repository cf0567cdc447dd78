import Foundation
import Testing

@testable import CoopEngine

/// `GreatCircle` against a double-precision reference, known values, symmetries, clamping and
/// `nearest`.
///
/// The reference is the haversine formula in `Double` with θ = 2·atan2(√a, √b), where
/// b = sin²(Σφ/2) + cos φ₁ cos φ₂ cos²(Δλ/2) is formed directly: the textbook 2·asin(√a) loses
/// up to 20 cm near antipodal points, where a rounds to within 10⁻¹⁶ of 1.
/// Angle differences are taken on the integers before converting, so the reference is good to
/// about 10⁻¹⁵ relative, far below the millimetre grid.
@Suite("Great-circle distance on the grid")
struct GreatCircleTests {
  /// Random pairs per kind, few enough for a debug build; a release run of 100 000 per kind
  /// (600 000 pairs) saw at most 0.49999990 mm after rounding and 6 nm before (the reference's
  /// own rounding near 2·10¹⁶ nm).
  static let pairsPerKind = 5_000

  @Test("matches the reference within 1 mm + 10⁻⁹·d", arguments: PairKind.allCases)
  func reference(kind: PairKind) {
    var random = SplitMixBits(seed: 0x6c0b_0d15 &+ UInt64(kind.rawValue))
    var worstRounded = 0.0
    var worstUnrounded = 0.0
    for _ in 0..<Self.pairsPerKind {
      let (lat1, lon1, lat2, lon2) = kind.pair(&random)
      let expected = haversine(lat1, lon1, lat2, lon2)
      let d = GreatCircle.distance(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2)
      let error = abs(Double(d) - expected)
      worstRounded = max(worstRounded, error)
      #expect(
        error <= 1e6 + 1e-9 * expected, "\(kind) \((lat1, lon1, lat2, lon2)): \(d) vs \(expected)")
      #expect(d % 1_000_000 == 0 && d >= 0 && d <= GreatCircleTests.halfCircumference)
      // Before rounding: 2·(θ/2)·R with θ/2 in Q62.
      let p1 = GreatCircle.Point(lat1, lon1)
      let p2 = GreatCircle.Point(lat2, lon2)
      let unrounded = Double(GreatCircle.halfAngle(p1, p2)) * (6_371_008.8e9 / 0x1p61)
      worstUnrounded = max(worstUnrounded, abs(unrounded - expected))
    }
    // Rounding to the millimetre costs at most 0.5 mm; the rest is far below a micrometre.
    #expect(worstRounded <= 500_050, "\(kind): worst rounded error \(worstRounded) nm")
    #expect(worstUnrounded <= 50, "\(kind): worst unrounded error \(worstUnrounded) nm")
  }

  /// π·R rounded to the millimetre, in nanometres.
  static let halfCircumference: Int64 = 20_015_114_442_000_000

  @Test("known distances, exact to the millimetre (50-digit reference)")
  func knownValues() {
    let cases: [(Int64, Int64, Int64, Int64, Int64)] = [
      // Pole to pole and a quarter of the equator: π·R and π·R/2.
      (90_000_000_000, 0, -90_000_000_000, 0, 20_015_114_442_000_000),
      (0, 0, 0, 90_000_000_000, 10_007_557_221_000_000),
      // One nanodegree is 0.111 mm; 10⁻⁵ degree is 1.11195 m, along the equator or a meridian.
      (0, 0, 0, 1, 0),
      (0, 0, 0, 10_000, 1_112_000_000),
      (0, 0, 10_000, 0, 1_112_000_000),
      // Across the date line: 0.0002° of longitude on the equator.
      (0, 179_999_900_000, 0, -179_999_900_000, 22_239_000_000),
      // Saint-Denis to Saint-Pierre (La Réunion), and Paris to Saint-Denis.
      (-20_882_057_000, 55_450_675_000, -21_341_919_000, 55_478_048_000, 51_213_166_000_000),
      (48_856_600_000, 2_352_200_000, -20_882_057_000, 55_450_675_000, 9_365_019_947_000_000),
      // Antipodes, and one nanodegree off them (π·R − 0.111 mm).
      (-21_000_000_000, 55_500_000_000, 21_000_000_000, -124_500_000_000, 20_015_114_442_000_000),
      (-21_000_000_000, 55_500_000_000, 21_000_000_001, -124_500_000_000, 20_015_114_442_000_000),
      // Two points one nanodegree from the pole, on opposite meridians: 0.222 mm.
      (89_999_999_999, 0, 89_999_999_999, 180_000_000_000, 0),
    ]
    for (lat1, lon1, lat2, lon2, expected) in cases {
      #expect(GreatCircle.distance(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2) == expected)
    }
  }

  @Test("symmetric, mirror-invariant, and ±180° are the same meridian")
  func symmetries() {
    var random = SplitMixBits(seed: 0x5e77)
    for _ in 0..<2_000 {
      let (lat1, lon1, lat2, lon2) = PairKind.anywhere.pair(&random)
      let d = GreatCircle.distance(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2)
      #expect(GreatCircle.distance(lat1: lat2, lon1: lon2, lat2: lat1, lon2: lon1) == d)
      #expect(GreatCircle.distance(lat1: -lat1, lon1: -lon1, lat2: -lat2, lon2: -lon2) == d)
      #expect(GreatCircle.distance(lat1: lat1, lon1: lon1, lat2: lat1, lon2: lon1) == 0)
      #expect(
        GreatCircle.distance(lat1: lat1, lon1: 180_000_000_000, lat2: lat2, lon2: lon2)
          == GreatCircle.distance(lat1: lat1, lon1: -180_000_000_000, lat2: lat2, lon2: lon2))
      // At a pole the longitude does not matter.
      #expect(
        GreatCircle.distance(lat1: 90_000_000_000, lon1: lon1, lat2: lat2, lon2: lon2)
          == GreatCircle.distance(lat1: 90_000_000_000, lon1: 0, lat2: lat2, lon2: lon2))
    }
  }

  @Test("grows along a meridian from the equator to the pole")
  func monotone() {
    var previous: Int64 = -1
    for lat in [Array(stride(from: Int64(0), to: 90_000_000_000, by: 7_654_321)), [90_000_000_000]]
      .joined()
    {
      let d = GreatCircle.distance(lat1: 0, lon1: 55_500_000_000, lat2: lat, lon2: 55_500_000_000)
      #expect(d >= previous)
      previous = d
    }
    #expect(previous == 10_007_557_221_000_000)
  }

  @Test("clamps every Int64 and never traps")
  func clamping() {
    let extremes: [Int64] = [
      .min, .min + 1, -1 << 62, -180_000_000_001, -180_000_000_000, -90_000_000_001,
      -90_000_000_000, -1, 0, 1, 90_000_000_000, 90_000_000_001, 180_000_000_000,
      180_000_000_001, 1 << 62, .max - 1, .max,
    ]
    func clamp(_ x: Int64, _ limit: Int64) -> Int64 { min(max(x, -limit), limit) }
    for lat1 in extremes {
      for lon1 in extremes {
        for lat2 in [Int64.min, -45_000_000_000, 0, 90_000_000_000, .max] {
          for lon2 in [Int64.min, -1, 123_456_789_012, .max] {
            let d = GreatCircle.distance(lat1: lat1, lon1: lon1, lat2: lat2, lon2: lon2)
            let clamped = GreatCircle.distance(
              lat1: clamp(lat1, 90_000_000_000), lon1: clamp(lon1, 180_000_000_000),
              lat2: clamp(lat2, 90_000_000_000), lon2: clamp(lon2, 180_000_000_000))
            #expect(d == clamped && d >= 0 && d <= GreatCircleTests.halfCircumference)
          }
        }
      }
    }
    let far: [(Int64, Int64)] = [(.max, .max), (.min, .min)]
    #expect(GreatCircle.nearest(lat: .min, lon: .max, candidates: far) == 1)
  }

  @Test("nearest: lowest index on ties, 0 when empty, and always a smallest distance")
  func nearest() {
    #expect(GreatCircle.nearest(lat: 1, lon: 2, candidates: []) == 0)
    let site = (Int64(-20_882_057_000), Int64(55_450_675_000))
    let twice = [(Int64(-21_341_919_000), Int64(55_478_048_000)), site, site]
    #expect(GreatCircle.nearest(lat: -21_000_000_000, lon: 55_500_000_000, candidates: twice) == 1)
    #expect(GreatCircle.nearest(lat: 0, lon: 0, candidates: [(0, 10), (0, -10), (10, 0)]) == 0)
    // Two candidates 0.1 mm apart round to the same millimetre; the nearer one still wins.
    #expect(GreatCircle.nearest(lat: 0, lon: 0, candidates: [(0, 10_001), (0, 10_000)]) == 1)

    var random = SplitMixBits(seed: 0x4ea7)
    for _ in 0..<500 {
      let (lat, lon, _, _) = PairKind.reunion.pair(&random)
      let candidates = (0..<8).map { _ in
        let (lat, lon, _, _) = PairKind.reunion.pair(&random)
        return (lat, lon)
      }
      let chosen = GreatCircle.nearest(lat: lat, lon: lon, candidates: candidates)
      let distances = candidates.map {
        GreatCircle.distance(lat1: lat, lon1: lon, lat2: $0.0, lon2: $0.1)
      }
      #expect(distances[chosen] == distances.min())
      let exact = candidates.map { haversine(lat, lon, $0.0, $0.1) }
      #expect(exact[chosen] <= exact.min()! + 1)
    }
  }

  @Test("square root of 128-bit values")
  func squareRoot() {
    var random = SplitMixBits(seed: 0x5eed)
    for i in 0..<20_000 {
      // Values below 2¹²⁶ of every size.
      let bits = i % 126 + 1
      let high = bits > 64 ? random.nextWord() >> (128 - bits) : 0
      let low = bits >= 64 ? random.nextWord() : random.nextWord() >> (64 - bits)
      let root = GreatCircle.squareRoot(GreatCircle.Wide(high: high, low: low))
      let exact = exactSquareRoot(high, low)
      #expect(Int64(bitPattern: root &- exact).magnitude <= 8, "√(\(high)·2⁶⁴ + \(low))")
    }
    #expect(GreatCircle.squareRoot(GreatCircle.Wide(high: 0, low: 0)) == 0)
    let one = GreatCircle.squareRoot(GreatCircle.Wide(high: 1 << 60, low: 0))  // √(2¹²⁴)
    #expect(Int64(bitPattern: one &- (1 << 62)).magnitude <= 8)
  }

  @Test("sine table and polynomial")
  func sine() {
    for n in stride(from: UInt64(0), through: 180_000_000_000, by: 12_345_679) {
      let x = Double(n) * (Double.pi / 360e9)
      let s = Double(GreatCircle.sine(n)) / 0x1p62
      #expect(abs(s - sin(x)) < 1e-15, "sin of \(n) half-nanodegrees")
      let (s2, c2) = GreatCircle.sineCosine(n)
      #expect(s2 == GreatCircle.sine(n))
      #expect(abs(Double(c2) / 0x1p62 - cos(x)) < 1e-15, "cos of \(n) half-nanodegrees")
    }
    #expect(GreatCircle.sine(0) == 0)
    #expect(GreatCircle.sine(180_000_000_000) == 1 << 62)
  }
}

extension GreatCircleTests {
  /// Kinds of random pairs, in nanodegrees.
  enum PairKind: Int, CaseIterable, Sendable {
    case anywhere, nearlyIdentical, nearlyAntipodal, nearPoles, acrossDateLine, reunion

    func pair(_ random: inout SplitMixBits) -> (Int64, Int64, Int64, Int64) {
      func uniform(_ low: Int64, _ high: Int64) -> Int64 {
        low + Int64(random.nextWord() % UInt64(high - low + 1))
      }
      /// ±10^k nanodegrees for a random k in 0...7 (up to 0.01°).
      func offset() -> Int64 {
        var scale: Int64 = 1
        for _ in 0..<uniform(0, 7) { scale *= 10 }
        return uniform(-scale, scale)
      }
      func latitude(_ x: Int64) -> Int64 { min(max(x, -90_000_000_000), 90_000_000_000) }
      func longitude(_ x: Int64) -> Int64 {
        x > 180_000_000_000 ? x - 360_000_000_000 : x < -180_000_000_000 ? x + 360_000_000_000 : x
      }
      let lat = uniform(-90_000_000_000, 90_000_000_000)
      let lon = uniform(-180_000_000_000, 180_000_000_000)
      switch self {
      case .anywhere:
        return (
          lat, lon, uniform(-90_000_000_000, 90_000_000_000),
          uniform(-180_000_000_000, 180_000_000_000)
        )
      case .nearlyIdentical:
        return (lat, lon, latitude(lat + offset()), longitude(lon + offset()))
      case .nearlyAntipodal:
        return (lat, lon, latitude(-lat + offset()), longitude(lon + 180_000_000_000 + offset()))
      case .nearPoles:
        let pole1: Int64 = random.nextWord() & 1 == 0 ? 90_000_000_000 : -90_000_000_000
        let pole2: Int64 = random.nextWord() & 1 == 0 ? pole1 : -pole1
        return (
          pole1 - pole1.signum() * Int64(offset().magnitude), lon,
          pole2 - pole2.signum() * Int64(offset().magnitude),
          uniform(-180_000_000_000, 180_000_000_000)
        )
      case .acrossDateLine:
        return (
          lat, 180_000_000_000 - Int64(offset().magnitude), latitude(lat + offset()),
          -180_000_000_000 + Int64(offset().magnitude)
        )
      case .reunion:
        return (
          uniform(-21_400_000_000, -20_850_000_000), uniform(55_200_000_000, 55_850_000_000),
          uniform(-21_400_000_000, -20_850_000_000), uniform(55_200_000_000, 55_850_000_000)
        )
      }
    }
  }
}

/// The reference distance in nanometres (see the suite's comment).
private func haversine(_ lat1: Int64, _ lon1: Int64, _ lat2: Int64, _ lon2: Int64) -> Double {
  let k = Double.pi / 180e9
  let halfDLat = Double(lat1 - lat2) * k / 2
  let halfSumLat = Double(lat1 + lat2) * k / 2
  let halfDLon = Double(lon1 - lon2) * k / 2
  let c = cos(Double(lat1) * k) * cos(Double(lat2) * k)
  let a = sin(halfDLat) * sin(halfDLat) + c * sin(halfDLon) * sin(halfDLon)
  let b = sin(halfSumLat) * sin(halfSumLat) + c * cos(halfDLon) * cos(halfDLon)
  return 2 * atan2(a.squareRoot(), b.squareRoot()) * 6_371_008.8e9
}

/// ⌊√(high·2⁶⁴ + low)⌉ by bisection on 128-bit products.
private func exactSquareRoot(_ high: UInt64, _ low: UInt64) -> UInt64 {
  var (lo, hi): (UInt64, UInt64) = (0, UInt64.max)
  func atMost(_ y: UInt64) -> Bool {  // y² ≤ value
    let (h, l) = y.multipliedFullWidth(by: y)
    return h < high || (h == high && l <= low)
  }
  while lo < hi {
    let mid = lo + (hi - lo) / 2 + 1
    if atMost(mid) { lo = mid } else { hi = mid - 1 }
  }
  // Round: floor or floor + 1, whichever square is nearer (value − f² vs (f+1)² − value).
  let (fh, fl) = lo.multipliedFullWidth(by: lo)
  let (dl, borrow) = low.subtractingReportingOverflow(fl)
  let dh = high &- fh &- (borrow ? 1 : 0)
  // f² + f < value ⇔ value − f² > f (the difference is below 2f + 1 < 2⁶⁵).
  return dh > 0 || dl > lo ? lo &+ 1 : lo
}

extension GreatCircleTests {
  /// `Candidates.nearest` against `GreatCircle.nearest`: 300 000 rows over lists of 1–8
  /// candidates drawn to make ties and near-ties common (duplicates, rows midway between two
  /// candidates, poles at different longitudes, ±180°, antipodes, coordinates that clamp to the
  /// same point, Int64 extremes).
  static let candidateLists = 4_000
  static let rowsPerList = 75

  @Test("Candidates.nearest returns GreatCircle.nearest's index")
  func preparedNearest() {
    var random = SplitMixBits(seed: 0xca4d)
    func uniform(_ low: Int64, _ high: Int64) -> Int64 {
      low &+ Int64(bitPattern: random.nextWord() % (UInt64(bitPattern: high &- low) &+ 1))
    }
    /// ±10^k nanodegrees for a random k in 0...10 (up to 10°), sometimes 0.
    func offset() -> Int64 {
      var scale: Int64 = 1
      for _ in 0..<uniform(0, 10) { scale *= 10 }
      return uniform(0, 3) == 0 ? 0 : uniform(-scale, scale)
    }
    let extremes: [Int64] = [.min, .min + 1, -1 << 62, -180_000_000_001, 180_000_000_001, .max]
    let poleLat: Int64 = 90_000_000_000
    func point(near center: (Int64, Int64)) -> (Int64, Int64) {
      switch uniform(0, 9) {
      case 0: return (uniform(-poleLat, poleLat), uniform(-180_000_000_000, 180_000_000_000))
      case 1: return (-center.0 &+ offset(), center.1 &+ 180_000_000_000 &+ offset())  // antipode
      case 2:  // at or near a pole, or past it (clamped)
        return ((uniform(0, 1) == 0 ? poleLat : -poleLat) &+ offset(), offset() &* 17)
      case 3: return (center.0 &+ offset(), uniform(0, 1) == 0 ? 180_000_000_000 : -180_000_000_000)
      case 4: return (extremes[Int(uniform(0, 5))], extremes[Int(uniform(0, 5))])
      default: return (center.0 &+ offset(), center.1 &+ offset())
      }
    }
    var rows = 0
    var nearTies = 0
    for _ in 0..<Self.candidateLists {
      let center = (uniform(-poleLat, poleLat), uniform(-180_000_000_000, 180_000_000_000))
      var list: [(Int64, Int64)] = []
      for _ in 0..<uniform(1, 8) {
        if !list.isEmpty && uniform(0, 4) == 0 {
          list.append(list[Int(uniform(0, Int64(list.count - 1)))])  // a duplicate
        } else {
          list.append(point(near: center))
        }
      }
      let prepared = GreatCircle.Candidates(list)
      for _ in 0..<Self.rowsPerList {
        var row = point(near: center)
        if list.count > 1 && uniform(0, 3) == 0 {
          // About midway between two candidates (or the same one twice) in latitude and
          // longitude: true ties or near-ties.
          let a = list[Int(uniform(0, Int64(list.count - 1)))]
          let b = list[Int(uniform(0, Int64(list.count - 1)))]
          row = (a.0 / 2 &+ b.0 / 2 &+ offset() / 1000, a.1 / 2 &+ b.1 / 2 &+ offset() / 1000)
        }
        let expected = GreatCircle.nearest(lat: row.0, lon: row.1, candidates: list)
        let actual = prepared.nearest(lat: row.0, lon: row.1)
        #expect(actual == expected, "row \(row), candidates \(list)")
        rows += 1
        if list.count > 1 && rows % 8 == 0 {  // a sample: the check costs as much again
          let p = GreatCircle.Point(row.0, row.1)
          let angles = list.map { GreatCircle.halfAngle(p, GreatCircle.Point($0.0, $0.1)) }.sorted()
          if angles[1] &- angles[0] < 1 << 24 { nearTies += 1 }  // within 2⁻³⁸ radian
        }
      }
    }
    #expect(rows == Self.candidateLists * Self.rowsPerList)
    // The draw makes exact and near ties common, so the exact decision is exercised.
    #expect(nearTies > rows / 160, "\(nearTies) near-ties in \(rows) rows")
    #expect(GreatCircle.Candidates([]).nearest(lat: 1, lon: 2) == 0)
  }
}
