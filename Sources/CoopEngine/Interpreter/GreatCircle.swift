/// Great-circle distance computed on the integer grid: no floating point, so the same bits on
/// every platform.
///
/// Units. Points are latitude and longitude in nanodegrees (degrees × 10⁹). A latitude outside
/// ±90° or a longitude outside ±180° is clamped into range, so every `Int64` is accepted.
/// Distances are nanometres (metres × 10⁹) on a sphere of radius 6 371 008.8 m (the IUGG mean
/// Earth radius), computed to about 10⁻¹¹ m and rounded once, half up, to a whole millimetre:
/// every result is a multiple of 10⁶ between 0 and 20 015 114 442 × 10⁶ (half the
/// circumference).
///
/// Method: the haversine formula in binary fixed point (Qn is an unsigned integer counting 2⁻ⁿ;
/// the only divisions are by constants, which compile to multiplications).
/// 1. Exact reduction. Every angle whose sine or cosine is needed is a half-angle in [0°, 90°],
///    formed exactly as an integer count of half-nanodegrees: |φ₁ − φ₂| and |φ₁ + φ₂| (a count
///    of nanodegrees is its half's count of half-nanodegrees), the longitude difference folded
///    into [0°, 180°] (sin² and cos² of its half do not change), and 180° − 2|φ| for cos φ.
/// 2. Sine of n half-nanodegrees: n = k·(90°/512) + m exactly; sin(k·π/1024) is a table entry
///    (Q62, correctly rounded); m becomes r radians (Q62, r < 0.00307); sin r and cos r are
///    Taylor polynomials to r⁵ and r⁴ (the next terms are below 2⁻⁷⁰ and 2⁻⁵⁹); then the
///    addition formulas. Within 2⁻⁵⁹ of the true value (measured: 6.7·2⁻⁶²).
/// 3. Haversine, both ways round, as exact 128-bit sums of Q62 × Q62 products (Q124):
///    a = sin²(Δφ/2) + (cos φ₁·sin(Δλ/2))·(cos φ₂·sin(Δλ/2)) = sin²(θ/2),
///    b = sin²(Σφ/2) + (cos φ₁·cos(Δλ/2))·(cos φ₂·cos(Δλ/2)) = cos²(θ/2) = 1 − a.
///    `b` is not formed as 1 − a, so near-antipodal pairs keep their precision as near-identical
///    ones do through `a`; both are sums of non-negative terms, with no cancellation. An error ε
///    in cos φ₁ or cos φ₂ moves √a by at most about 3ε even next to a pole, because
///    |cos φ₁ − cos φ₂| ≤ |φ₁ − φ₂| ≤ π·sin(|Δφ|/2) ≤ π·√a (likewise with φ₁ + φ₂ for √b).
/// 4. h = √a and g = √b (Q62) by a division-free square root: the 128-bit value is shifted left
///    by an even amount until its top 64 bits hold x ∈ [¼, 1); r ≈ 1/√x is refined by three
///    Newton steps r ← r·(3 − x·r²)/2 from a 16-bit seed table (error below 2⁻⁸, so about 60
///    bits after the steps); √x = x·r. The bits dropped below the top 64 move √x by less than
///    one unit. The root is within a few units of the exact one.
/// 5. θ/2 = atan2(h, g), also without dividing. Let s be the smaller of h and g and c the
///    other, so s ≤ 0.7072. With x = (2k + 1)/256 for k = ⌊128·s⌋, the rotation
///    u = s·√(1 − x²) − c·x is the sine of atan2(s, c) − asin x, an angle below 0.0056; asin u
///    is its series to u⁷ (the rest is below 2⁻⁷²); asin x and √(1 − x²) are tables. θ/2 is
///    asin x + asin u, or π/2 minus that when h > g.
/// 6. Distance: 2·(θ/2)·6 371 008 800 mm, rounded half up to the millimetre, times 10⁶.
///
/// Error. The sines are within 2⁻⁵⁹, so h and g are within about 2⁻⁵⁷ and θ within 2⁻⁵⁵ radian,
/// 0.2 nm on the Earth. (Against 40-digit arithmetic on 300 000 random, near-identical,
/// near-antipodal, polar, date-line and La Réunion pairs: θ/2 within 5.9·2⁻⁶², 0.02 nm of
/// distance, and every pair rounded to the same millimetre as the exact distance.) The result
/// is the exact spherical distance rounded to the nearest millimetre, except when the exact
/// distance lies within a nanometre of a half millimetre, where it may round the other way: it
/// is never more than 0.500001 mm from the exact distance.
///
/// Why nothing overflows. Inputs are clamped first, so the angle counts are in [0, 3.6 × 10¹¹]
/// (below 2³⁹) and their sums and differences cannot wrap. Sines, cosines, h and g are at most
/// 1 + 2⁻⁵⁹ in Q62, below 2⁶³, and so are their Q62 products; a and b are sums of two Q124
/// products of such values, below 2¹²⁶; the remainder m is below 2²⁹, and m times
/// π/(360 × 10⁹) in Q100 (below 2⁶⁴) is below 2⁹³; θ/2 is at most π/2 in Q62, and θ/2 times
/// 6 371 008 800 is below 2⁹⁶; the millimetres are below 2³⁵, the nanometres below 2⁵⁵. Table
/// indexes are in range by construction (the normalised x is in [2⁶², 2⁶⁴)), and clamped too
/// where that is free. The wrapping operators (`&+`, `&*`, …) appear only where these bounds
/// show nothing wraps: they just skip the overflow checks, so no input can trap.
///
/// Cost: five table-and-polynomial reductions, two square roots and one arctangent, about 660
/// instructions and 100 multiplications a call: about 100 ns of CPU time (80–120 ns) in a
/// release build on a busy 2-vCPU AMD EPYC. `nearest` costs the same per candidate;
/// `Candidates` (GreatCircle+Candidates.swift) gives the same index for a fixed list at about
/// 40 ns a row plus 3 ns a candidate.
enum GreatCircle {
  /// 90° in nanodegrees.
  static let maxLatitude: Int64 = 90_000_000_000
  /// 180° in nanodegrees.
  static let maxLongitude: Int64 = 180_000_000_000

  /// The great-circle distance between two points, in nanometres rounded to a whole
  /// millimetre. Coordinates are nanodegrees; out-of-range values are clamped.
  static func distance(lat1: Int64, lon1: Int64, lat2: Int64, lon2: Int64) -> Int64 {
    let p1 = Point(lat1, lon1)
    let p2 = Point(lat2, lon2)
    return nanometres(halfAngle: halfAngle(p1, p2))
  }

  /// The index of the candidate closest to the point (lowest index on ties); 0 for an empty
  /// list. Coordinates are nanodegrees; out-of-range values are clamped.
  ///
  /// "Closest" compares the unrounded half-angle θ/2 (Q62) that `distance` rounds, not the
  /// rounded distances. Since `distance` is a non-decreasing function of that angle, the chosen
  /// candidate always has the smallest `distance` of all candidates; among candidates at the
  /// same rounded millimetre it is the one with the smaller exact angle (to within 2⁻⁵⁵
  /// radian), and among candidates at exactly the same computed angle, the first.
  static func nearest(lat: Int64, lon: Int64, candidates: [(Int64, Int64)]) -> Int {
    let p = Point(lat, lon)
    var best = 0
    var bestAngle = UInt64.max
    for (i, c) in candidates.enumerated() {
      let angle = halfAngle(p, Point(c.0, c.1))
      if angle < bestAngle {
        best = i
        bestAngle = angle
      }
    }
    return best
  }

  /// A clamped point with the cosine of its latitude (Q62).
  struct Point {
    let lat: Int64
    let lon: Int64
    let cosLat: UInt64

    @inline(__always) init(_ lat: Int64, _ lon: Int64) {
      self.lat = Swift.min(Swift.max(lat, -GreatCircle.maxLatitude), GreatCircle.maxLatitude)
      self.lon = Swift.min(Swift.max(lon, -GreatCircle.maxLongitude), GreatCircle.maxLongitude)
      // cos φ = sin(90° − |φ|), counted in half-nanodegrees: 180·10⁹ − 2|φ| ∈ [0, 180·10⁹].
      cosLat = GreatCircle.sine(GreatCircle.halfTurn &- 2 &* self.lat.magnitude)
    }
  }

  /// θ/2 in Q62 for two clamped points, θ the central angle: in [0, π/2].
  @inline(__always) static func halfAngle(_ p1: Point, _ p2: Point) -> UInt64 {
    var dLon = (p1.lon &- p2.lon).magnitude  // ≤ 360·10⁹
    if dLon > halfTurn { dLon = 2 &* halfTurn &- dLon }
    let (sinHalfDLon, cosHalfDLon) = sineCosine(dLon)
    let sinHalfDLat = sine((p1.lat &- p2.lat).magnitude)
    let sinHalfSumLat = sine((p1.lat &+ p2.lat).magnitude)
    let a = Wide.square(sinHalfDLat).adding(
      Wide.product(roundedQ62(p1.cosLat, sinHalfDLon), roundedQ62(p2.cosLat, sinHalfDLon)))
    let b = Wide.square(sinHalfSumLat).adding(
      Wide.product(roundedQ62(p1.cosLat, cosHalfDLon), roundedQ62(p2.cosLat, cosHalfDLon)))
    let h = squareRoot(a)
    let g = squareRoot(b)
    return h <= g ? arcTangent(h, g) : halfPi &- arcTangent(g, h)
  }

  /// The distance in nanometres for θ/2 in Q62: 2·(θ/2)·R rounded half up to a millimetre.
  @inline(__always) static func nanometres(halfAngle: UInt64) -> Int64 {
    // (θ/2)·R_mm / 2⁶¹ = θ·R_mm / 2⁶²; the product is below 2⁹⁶, the millimetres below 2³⁵.
    let (high, low) = halfAngle.multipliedFullWidth(by: radiusMillimetres)
    let (rounded, carry) = low.addingReportingOverflow(1 << 60)
    let millimetres = (high &+ (carry ? 1 : 0)) &<< 3 | rounded &>> 61
    return Int64(bitPattern: millimetres &* 1_000_000)
  }

  // MARK: - Fixed-point pieces

  /// 1 in Q62.
  static let one: UInt64 = 1 << 62
  /// π/2 in Q62, rounded.
  static let halfPi: UInt64 = 0x6487_ED51_10B4_611A
  /// 180° in nanodegrees, which is 90° in half-nanodegrees.
  static let halfTurn: UInt64 = 180_000_000_000
  /// 90°/512 in half-nanodegrees: the spacing of `sines`.
  static let sineStep: UInt64 = 351_562_500
  /// 1/6 in Q62, rounded.
  static let sixth: UInt64 = 0x0AAA_AAAA_AAAA_AAAB
  /// π/(360·10⁹) (radians per half-nanodegree) in Q100, rounded.
  static let radiansPerHalfNanodegree: UInt64 = 11_062_338_369_432_492_677
  /// The sphere's radius in millimetres (6 371 008.8 m).
  static let radiusMillimetres: UInt64 = 6_371_008_800

  /// An unsigned 128-bit value as two words (no `UInt128`, which needs macOS 15).
  struct Wide {
    var high: UInt64
    var low: UInt64

    @inline(__always) static func product(_ x: UInt64, _ y: UInt64) -> Wide {
      let (high, low) = x.multipliedFullWidth(by: y)
      return Wide(high: high, low: low)
    }

    @inline(__always) static func square(_ x: UInt64) -> Wide { product(x, x) }

    /// The sum; both terms are below 2¹²⁶ here, so it does not wrap.
    @inline(__always) func adding(_ other: Wide) -> Wide {
      let (low, carry) = low.addingReportingOverflow(other.low)
      return Wide(high: high &+ other.high &+ (carry ? 1 : 0), low: low)
    }
  }

  /// x·y in Q62, truncated, for Q62 operands whose product is below 4 (below 2⁶⁴ in Q62).
  @inline(__always) static func q62(_ x: UInt64, _ y: UInt64) -> UInt64 {
    let (high, low) = x.multipliedFullWidth(by: y)
    return high &<< 2 | low &>> 62
  }

  /// x·y in Q62, rounded half up, for Q62 operands at most 1 + 2⁻⁵⁹.
  @inline(__always) static func roundedQ62(_ x: UInt64, _ y: UInt64) -> UInt64 {
    let (high, low) = x.multipliedFullWidth(by: y)
    let (rounded, carry) = low.addingReportingOverflow(1 << 61)
    return (high &+ (carry ? 1 : 0)) &<< 2 | rounded &>> 62
  }

  /// The table index k and the polynomials sin r, cos r (Q62) for n = k·(90°/512) + r
  /// half-nanodegrees, n in [0, 180·10⁹] (larger n are treated as 180·10⁹).
  @inline(__always) static func reduce(_ n: UInt64) -> (k: Int, sinR: UInt64, cosR: UInt64) {
    let n = Swift.min(n, halfTurn)
    let k = n / sineStep  // ≤ 512
    let m = n &- k &* sineStep  // < 351 562 500 < 2²⁹
    // r = m·π/(360·10⁹) in Q62, rounded: m × Q100 constant < 2⁹³, shifted right by 38.
    let (rHigh, rLow) = m.multipliedFullWidth(by: radiansPerHalfNanodegree)
    let (rRounded, carry) = rLow.addingReportingOverflow(1 << 37)
    let r = (rHigh &+ (carry ? 1 : 0)) &<< 26 | rRounded &>> 38  // < 0.00307 in Q62
    let r2 = q62(r, r)
    // sin r = r − r·r²·(1/6 − r²/120), cos r = 1 − r²/2 + r⁴/24; the next terms are below
    // 2⁻⁷⁰ and 2⁻⁵⁹.
    let sinR = r &- q62(r, q62(r2, sixth &- r2 / 120))
    let cosR = one &- r2 &>> 1 &+ q62(r2, r2) / 24
    return (Int(truncatingIfNeeded: k), sinR, cosR)
  }

  /// sin(n half-nanodegrees) in Q62 for n in [0, 180·10⁹].
  @inline(__always) static func sine(_ n: UInt64) -> UInt64 {
    let (k, sinR, cosR) = reduce(n)
    return q62(sines[k], cosR) &+ q62(sines[512 &- k], sinR)
  }

  /// sin and cos of n half-nanodegrees in Q62 for n in [0, 180·10⁹].
  @inline(__always) static func sineCosine(_ n: UInt64) -> (sin: UInt64, cos: UInt64) {
    let (k, sinR, cosR) = reduce(n)
    let (sinA, cosA) = (sines[k], sines[512 &- k])
    let sin = q62(sinA, cosR) &+ q62(cosA, sinR)
    let (plus, minus) = (q62(cosA, cosR), q62(sinA, sinR))
    return (sin, plus > minus ? plus &- minus : 0)  // cos ≥ 0; truncation must not wrap
  }

  /// ⌊√(value)⌉ approximately (within a few units) for a 128-bit value below 2¹²⁶; for Q124
  /// input the result is Q62.
  @inline(__always) static func squareRoot(_ value: Wide) -> UInt64 {
    let zeros =
      value.high != 0 ? value.high.leadingZeroBitCount : 64 &+ value.low.leadingZeroBitCount
    if zeros == 128 { return 0 }
    let shift = zeros & ~1  // even, so √ scales by an exact power of two
    // x = the top 64 bits of value << shift, in Q64: x ∈ [¼, 1).
    let x: UInt64 =
      shift >= 64
      ? value.low << (shift &- 64)
      : value.high << shift | value.low >> (64 &- shift)
    // r ≈ 1/√x in Q61 (in (1, 2]).
    var r = UInt64(rootSeeds[Int(truncatingIfNeeded: x >> 56) &- 64]) << 46
    for _ in 0..<3 {
      let t = x.multipliedFullWidth(by: r).high  // x·r ≈ √x, Q61
      let (eHigh, eLow) = t.multipliedFullWidth(by: r)
      let e = eHigh &<< 4 | eLow &>> 60  // x·r² ≈ 1, Q62
      let d = Int64(bitPattern: one &- e)  // 1 − x·r², small, Q62
      let (pHigh, pLow) = Int64(bitPattern: r).multipliedFullWidth(by: d)
      let step = Int64(bitPattern: UInt64(bitPattern: pHigh) &<< 1 | pLow &>> 63)  // r·d/2, Q61
      r = UInt64(bitPattern: Int64(bitPattern: r) &+ step)
    }
    let (yHigh, yLow) = x.multipliedFullWidth(by: r)  // √x in Q125
    let y = yHigh >> 61 != 0 ? UInt64.max : yHigh &<< 3 | yLow &>> 61  // √x in Q64
    let half = shift / 2
    return half == 0 ? y : (y >> half) &+ ((y >> (half &- 1)) & 1)
  }

  /// atan2(s, c) in Q62 for Q62 values with s ≤ c and s² + c² ≈ 1 (so s ≤ 0.7072).
  @inline(__always) static func arcTangent(_ s: UInt64, _ c: UInt64) -> UInt64 {
    let k = Int(truncatingIfNeeded: Swift.min(s >> 55, 91))  // ⌊128·s⌋
    let x = UInt64(truncatingIfNeeded: 2 &* k &+ 1) << 54  // (2k + 1)/256 in Q62
    // u = sin(atan2(s, c) − asin x), |u| < 0.0056.
    let u = Int64(bitPattern: q62(s, cosines[k])) &- Int64(bitPattern: q62(c, x))
    let m = u.magnitude
    let m2 = q62(m, m)
    // asin m = m·(1 + m²/6·(1 + 9m²/20·(1 + 25m²/42))).
    var p = one &+ m2 &* 25 / 42
    p = one &+ q62(m2, p) &* 9 / 20
    p = one &+ q62(m2, p) / 6
    let v = q62(m, p)
    return u < 0 ? arcsines[k] &- v : arcsines[k] &+ v
  }

  // MARK: - Tables (generated with 60-digit arithmetic, each entry correctly rounded)

  /// sin(k·π/1024) in Q62, k = 0…512.
  static let sines: [UInt64] = [
    0x0000_0000_0000_0000, 0x0032_43F1_7D99_4975, 0x0064_87C3_F99C_01C4,
    0x0096_CB58_7284_B817, 0x00C9_0E8F_E6F6_3C23, 0x00FB_514B_55CC_BE54,
    0x012D_936B_BE30_EFD3, 0x015F_D4D2_1FAB_225E, 0x0192_155F_7A36_67E0,
    0x01C4_54F4_CE53_B1C9, 0x01F6_9373_1D1C_F010, 0x0228_D0BB_6858_2FD7,
    0x025B_0CAE_B28A_B9A3, 0x028D_472D_FF0C_2F22, 0x02BF_801A_5219_A86D,
    0x02F1_B754_B0E8_D0BB, 0x0323_ECBE_21BB_027D, 0x0356_2037_ABF0_62D5,
    0x0388_51A2_581A_FC5A, 0x03BA_80DF_3011_D921, 0x03EC_ADCF_3F04_1BFE,
    0x041E_D853_918C_18EC, 0x0451_004D_35C2_6CA0, 0x0483_259D_3B51_1320,
    0x04B5_4824_B386_7D73, 0x04E7_67C4_B168_A641, 0x0519_845E_49C8_256B,
    0x054B_9DD2_9353_4287, 0x057D_B402_A6A9_0630, 0x05AF_C6CF_9E6C_4A2F,
    0x05E1_D61A_9756_C856, 0x0613_E1C4_B04C_2822, 0x0645_E9AF_0A6D_0AF8,
    0x0677_EDBA_C92A_170F, 0x06A9_EDC9_1257_00DE, 0x06DB_E9BB_0E3D_931E,
    0x070D_E171_E7B0_B53D, 0x073F_D4CE_CC1F_704C, 0x0771_C3B2_EBA7_F245,
    0x07A3_ADFF_792A_8FAE, 0x07D5_9395_AA5C_C38D, 0x0807_7456_B7DC_2D96,
    0x0839_5023_DD41_8E92, 0x086B_26DE_5933_C2E9, 0x089C_F867_6D7A_BB56,
    0x08CE_C4A0_5F12_739F, 0x0900_8B6A_763D_E75B, 0x0932_4CA6_FE9A_04B5,
    0x0964_0837_4730_9D11, 0x0995_BDFC_A28B_53A5, 0x09C7_6DD8_66C6_89DD,
    0x09F9_17AB_EDA4_498E, 0x0A2A_BB58_949F_2CED, 0x0A5C_58BF_BCFD_4437,
    0x0A8D_EFC2_CBE2_F8FD, 0x0ABF_8043_2A65_EF19, 0x0AF1_0A22_459F_E32A,
    0x0B22_8D41_8EC1_869B, 0x0B54_0982_7B25_591F, 0x0B85_7EC6_8462_7FA5,
    0x0BB6_ECEF_285F_98A4, 0x0BE8_53DD_E965_8DC6, 0x0C19_B374_4E32_62DD,
    0x0C4B_0B93_E20C_0214, 0x0C7C_5C1E_34D3_055B, 0x0CAD_A4F4_DB15_7CF7,
    0x0CDE_E5F9_6E21_B333, 0x0D10_1F0D_8C18_ED1C, 0x0D41_5012_D802_284F,
    0x0D72_78EA_F9DC_D5B5, 0x0DA3_9977_9EB3_9137, 0x0DD4_B19A_78AE_D651,
    0x0E05_C135_3F27_B17E, 0x0E36_C829_AEBA_6E72, 0x0E67_C659_8959_4312,
    0x0E98_BBA6_965E_F726, 0x0EC9_A7F2_A2A1_88AF, 0x0EFA_8B1F_8084_CCE0,
    0x0F2B_650F_080D_0DA9, 0x0F5C_35A3_16F1_A3C8, 0x0F8C_FCBD_90AF_8D58,
    0x0FBD_BA40_5E9C_00CD, 0x0FEE_6E0D_6FF6_FC5A, 0x101F_1806_B9FD_D1AF,
    0x104F_B80E_37FD_ADFF, 0x1080_4E05_EB66_1E55, 0x10B0_D9CF_DBDB_9014,
    0x10E1_5B4E_1749_CDA9, 0x1111_D262_B1F6_7761, 0x1142_3EEF_C693_7849,
    0x1172_A0D7_7651_7724, 0x11A2_F7FB_E8F2_4359, 0x11D3_443F_4CDB_3DD2,
    0x1203_8583_D727_BDC7, 0x1233_BBAB_C3BB_7166, 0x1263_E699_5554_BA47,
    0x1294_062E_D59F_05A9, 0x12C4_1A4E_9545_2067, 0x12F4_22DA_EC03_86A3,
    0x1324_1FB6_38BA_AF08, 0x1354_10C2_E181_51B1, 0x1383_F5E3_53B6_AA96,
    0x13B3_CEFA_0414_B77D, 0x13E3_9BE9_6EC2_7160, 0x1413_5C94_1766_0143,
    0x1443_10DC_8936_F063, 0x1472_B8A5_5710_53C0, 0x14A2_53D1_1B82_F2ED,
    0x14D1_E242_78E7_6A25, 0x1501_63DC_1970_4785, 0x1530_D880_AF3C_2381,
    0x1560_4012_F467_B468, 0x158F_9A75_AB1F_DCFE, 0x15BE_E78B_9DB3_B61E,
    0x15EE_2737_9EA6_9359, 0x161D_595C_88C2_027E, 0x164C_7DDD_3F27_C611,
    0x167B_949C_AD63_CA97, 0x16AA_9D7D_C77E_16B2, 0x16D9_9863_8A0C_B5FE,
    0x1708_8530_FA45_9EAF, 0x1737_63C9_2610_91D6, 0x1766_340F_2418_F64B,
    0x1794_F5E6_13DF_AE30, 0x17C3_A931_1DCC_E702, 0x17F2_4DD3_7341_E425,
    0x1820_E3B0_4EAA_C3F3, 0x184F_6AAA_F390_3F2E, 0x187D_E2A6_AEA9_62D2,
    0x18AC_4B86_D5ED_4446, 0x18DA_A52E_C8A4_AFD2, 0x1908_EF81_EF7B_D153,
    0x1937_2A63_BC93_D72D, 0x1965_55B7_AB94_8F5F, 0x1993_7161_41BD_FEBB,
    0x19C1_7D44_0DF9_F232, 0x19EF_7943_A8ED_8A2E, 0x1A1D_6543_B50A_BFE0,
    0x1A4B_4127_DEA1_E490, 0x1A79_0CD3_DBF3_1AD0, 0x1AA6_C82B_6D3F_C98B,
    0x1AD4_7312_5CDC_08ED, 0x1B02_0D6C_7F40_0914, 0x1B2F_971D_B319_727F,
    0x1B5D_1009_E15C_C02B, 0x1B8A_7814_FD56_9367, 0x1BB7_CF23_04BD_0134,
    0x1BE5_1517_FFC0_D94B, 0x1C12_49D8_011E_E6A0, 0x1C3F_6D47_2631_2967,
    0x1C6C_7F49_9700_0A90, 0x1C99_7FC3_8653_88A7, 0x1CC6_6E99_31C4_5E17,
    0x1CF3_4BAE_E1CD_20BC, 0x1D20_16E8_E9DB_5AC7, 0x1D4C_D02B_A860_9CD9,
    0x1D79_775B_86E3_8955, 0x1DA6_0C5C_FA10_D8DE, 0x1DD2_8F14_81CC_57F1,
    0x1DFE_FF66_A941_DD96, 0x1E2B_5D38_06F6_3B1E, 0x1E57_A86D_3CD8_24DA,
    0x1E83_E0EA_F851_13D1, 0x1EB0_0695_F256_2055, 0x1EDC_1952_EF78_D589,
    0x1F08_1906_BFF7_FDAD, 0x1F34_0596_3FD0_6742, 0x1F5F_DEE6_56CD_A2E8,
    0x1F8B_A4DB_F89A_B9FB, 0x1FB7_575C_24D2_DDD5, 0x1FE2_F64B_E712_0FB6,
    0x200E_8190_5705_C149, 0x2039_F90E_987D_6DB3, 0x2065_5CAB_DB7B_2B21,
    0x2090_AC4D_5C44_34DD, 0x20BB_E7D8_6371_6DC4, 0x20E7_0F32_45FF_DB2D,
    0x2112_2240_6561_1826, 0x213D_20E8_2F8B_C101, 0x2168_0B0F_1F0B_D729,
    0x2192_E09A_BB13_1D39, 0x21BD_A170_9789_6B3D, 0x21E8_4D76_551C_FB22,
    0x2212_E491_A152_AD43, 0x223D_66A8_3696_4508, 0x2267_D39F_DC4A_9D98,
    0x2292_2B5E_66D9_D67D, 0x22BC_6DC9_B7C5_784F, 0x22E6_9AC7_BDB6_9141,
    0x2310_B23E_748D_C991, 0x233A_B413_E573_6FDA, 0x2364_A02E_26E7_7D27,
    0x238E_7673_5CD1_90D9, 0x23B8_36C9_B890_E43E, 0x23E1_E117_790C_35DE,
    0x240B_7542_EAC1_AC6E, 0x2434_F332_67D6_B163, 0x245E_5ACC_5827_C315,
    0x2487_ABF7_3158_3E71, 0x24B0_E699_76E2_2027, 0x24DA_0A99_BA25_BD51,
    0x2503_17DE_9A79_7387, 0x252C_0E4E_C539_5056, 0x2554_EDD0_F5D6_B010,
    0x257D_B64B_F5E7_D3EF, 0x25A6_67A6_9D37_6F79, 0x25CF_01C7_D1D4_2D27,
    0x25F7_8496_8820_2A3B, 0x261F_EFF9_C2E0_69C2, 0x2648_43D8_934C_3EB3,
    0x2670_801A_191C_AD2A, 0x2698_A4A5_829B_C2AC, 0x26C0_B162_0CB3_E570,
    0x26E8_A637_02FF_1AA2, 0x2710_830B_BFD6_4398, 0x2738_47C7_AC60_51EC,
    0x275F_F452_40A1_7279, 0x2787_8893_038A_2F25, 0x27AF_0471_8B06_877F,
    0x27D6_67D5_7C0D_0018, 0x27FD_B2A6_8AAD_A89B, 0x2824_E4CC_7A21_188E,
    0x284B_FE2F_1CD7_62BE, 0x2872_FEB6_5486_FF47, 0x2899_E64A_123B_AC30,
    0x28C0_B4D2_5665_4491, 0x28E7_6A37_30E6_8E39, 0x290E_0660_C123_FDD2,
    0x2934_8937_3612_716C, 0x295A_F2A2_CE45_E177, 0x2981_428B_D800_0812,
    0x29A7_78DA_B13E_FEB7, 0x29CD_9577_C7CB_D228, 0x29F3_984B_9949_0CA4,
    0x2A19_813E_B341_365A, 0x2A3F_5039_B335_4BFF, 0x2A65_0525_46AB_2B98,
    0x2A8A_9FEA_2B3B_F759, 0x2AB0_2071_2EA2_6EA3, 0x2AD5_86A3_2EC9_3D04,
    0x2AFA_D269_19D9_3F45, 0x2B20_03AB_EE47_BE6A, 0x2B45_1A54_BAE4_A0AC,
    0x2B6A_164C_9EE8_9054, 0x2B8E_F77C_CA03_1883, 0x2BB3_BDCE_7C68_B7C4,
    0x2BD8_692B_06E0_E878, 0x2BFC_F97B_CAD4_1F02, 0x2C21_6EAA_3A59_BDB7,
    0x2C45_C89F_D845_FE7E, 0x2C6A_0746_3837_D222, 0x2C8E_2A86_FEA6_B542,
    0x2CB2_324B_E0F0_7AE2, 0x2CD6_1E7E_A567_0C8F, 0x2CF9_EF09_235E_200C,
    0x2D1D_A3D5_4338_E27F, 0x2D41_3CCC_FE77_9921, 0x2D64_B9DA_5FC5_3753,
    0x2D88_1AE7_8304_EA25, 0x2DAB_5FDE_955F_993D, 0x2DCE_88A9_D551_5D12,
    0x2DF1_9533_92B6_EA7D, 0x2E14_8566_2EDA_F38A, 0x2E37_592C_1C83_7D92,
    0x2E5A_106F_DFFF_2C87, 0x2E7C_AB1C_0F32_836D, 0x2E9F_291B_51A5_1A01,
    0x2EC1_8A58_608E_C777, 0x2EE3_CEBE_06E4_C257, 0x2F05_F637_2166_B561,
    0x2F28_00AE_9EAB_C97B, 0x2F49_EE0F_7F2F_A49E, 0x2F6B_BE44_D55F_5DBC,
    0x2F8D_7139_C5A6_658C, 0x2FAF_06D9_867B_6446, 0x2FD0_7F0F_606D_0C37,
    0x2FF1_D9C6_AE2E_E132, 0x3013_16EA_DCA5_F4C9, 0x3034_3667_6AF5_9751,
    0x3055_3827_EA8B_FDA7, 0x3076_1C17_FF2E_DBA4, 0x3096_E223_5F07_F34E,
    0x30B7_8A35_D2B1_98A3, 0x30D8_143B_3543_2A0C, 0x30F8_801F_745D_7D69,
    0x3118_CDCE_9037_41A9, 0x3138_FD34_9BA9_54EE, 0x3159_0E3D_BC3B_0F33,
    0x3179_00D6_2A2E_816A, 0x3198_D4EA_308C_A90F, 0x31B8_8A66_2D31_9824,
    0x31D8_2136_90D8_918D, 0x31F7_9947_DF28_19D2, 0x3216_F286_AEBD_FC2A,
    0x3236_2CDF_A93B_43D9, 0x3255_483F_8B50_29D3, 0x3274_4493_24C7_F69F,
    0x3293_21C7_5894_D86A, 0x32B1_DFC9_1CDB_AD55, 0x32D0_7E85_7AFF_C1DE,
    0x32EE_FDE9_8FAE_8375, 0x330D_5DE2_8AEB_2728, 0x332B_9E5D_B01A_445E,
    0x3349_BF48_560D_639F, 0x3367_C08F_E70E_8168, 0x3385_A221_E0EB_84ED,
    0x33A3_63EB_D501_AAE3, 0x33C1_05DB_6848_E42B, 0x33DE_87DE_535F_286C,
    0x33FB_E9E2_6293_BC8F, 0x3419_2BD5_75F2_6D10, 0x3436_4DA5_814E_BC26,
    0x3453_4F40_8C4F_03BB, 0x3470_3094_B277_8B22, 0x348C_F190_2335_908E,
    0x34A9_9221_21EA_4646, 0x34C6_1236_05F5_C386, 0x34E2_71BD_3AC1_E907,
    0x34FE_B0A5_3FCD_3934, 0x351A_CEDC_A8B5_A3F2, 0x3536_CC52_1D43_4606,
    0x3552_A8F4_5973_1C06, 0x356E_64B2_2D81_A8D4, 0x3589_FF7A_7DF5_8FA0,
    0x35A5_793C_43AA_215C, 0x35C0_D1E6_8BD9_DDB3, 0x35DC_0968_7828_E763,
    0x35F7_1FB1_3EAF_6C04, 0x3612_14B0_2A03_FF37, 0x362C_E854_9945_E923,
    0x3647_9A8E_0027_6857, 0x3662_2B4B_E6F7_E6EF, 0x367C_9A7D_EAAE_230A,
    0x3696_E813_BCF2_4A7D, 0x36B1_13FD_2428_09C4, 0x36CB_1E29_FB78_8E2A,
    0x36E5_068A_32DC_7B22, 0x36FE_CD0D_CF25_D2C4, 0x3718_71A4_EA09_D175,
    0x3731_F43F_B22A_BCAB, 0x374B_54CE_6B21_A4BF, 0x3764_9341_6D88_19E3,
    0x377D_AF89_2701_D40E, 0x3796_A996_1A46_4E01, 0x37AF_8158_DF2A_533F,
    0x37C8_36C2_22A9_8101, 0x37E0_C9C2_A6EF_BA24, 0x37F9_3A4B_4362_8DFD,
    0x3811_884C_E4AA_921B, 0x3829_B3B8_8CBC_AEE7, 0x3841_BC7F_52E3_5F26,
    0x3859_A292_63C7_E24B, 0x3871_65E3_017B_61A4, 0x3889_0662_8380_0849,
    0x38A0_8402_56D2_0DD4, 0x38B7_DEB3_FDF0_B3E1, 0x38CF_1669_10E7_363B,
    0x38E6_2B13_3D55_ADCD, 0x38FD_1CA4_4679_E636, 0x3913_EB0E_0538_2616,
    0x392A_9642_6823_E9ED, 0x3941_1E33_7388_91AF, 0x3957_82D3_4172_00E2,
    0x396D_C414_01B5_3158, 0x3983_E1E7_F9F8_B879, 0x3999_DC41_85BD_3F16,
    0x39AF_B313_1665_EBC2, 0x39C5_664F_3340_BFA7, 0x39DA_F5E8_798E_E5E2,
    0x39F0_61D1_9C8C_F542, 0x3A05_A9FD_657B_248D, 0x3A1A_CE5E_B3A5_711C,
    0x3A2F_CEE8_7C6B_B7EF, 0x3A44_AB8D_CB49_C117, 0x3A59_6441_C1DF_3D84,
    0x3A6D_F8F7_97F7_B723, 0x3A82_69A2_9B92_7359, 0x3A96_B636_30EA_47C1,
    0x3AAA_DEA5_D27D_6140, 0x3ABE_E2E5_1114_FD4C, 0x3AD2_C2E7_93CD_1586,
    0x3AE6_7EA1_181B_FD80, 0x3AFA_1605_71D9_F2C0, 0x3B0D_8908_8B48_9EF4,
    0x3B20_D79E_651A_8C51, 0x3B34_01BB_167A_8C1C, 0x3B47_0752_CD13_0F54,
    0x3B59_E859_CD15_7180, 0x3B6C_A4C4_7141_3595, 0x3B7F_3C87_2AEB_34EC,
    0x3B91_AF96_8204_C05B, 0x3BA3_FDE7_1522_B344, 0x3BB6_276D_9984_78C2,
    0x3BC8_2C1E_DB1B_02CE, 0x3BDA_0BEF_BC8F_B36A, 0x3BEB_C6D5_374B_37C4,
    0x3BFD_5CC4_5B7C_5557, 0x3C0E_CDB2_501E_A8FA, 0x3C20_1994_5301_57E0,
    0x3C31_405F_B8CD_B284, 0x3C42_4209_ED0D_C97F, 0x3C53_1E88_7232_F43D,
    0x3C63_D5D0_E19C_4991, 0x3C74_67D8_EB9D_0A29, 0x3C84_D496_5782_FCD4,
    0x3C95_1BFF_039C_BCA2, 0x3CA5_3E08_E53F_F8C8, 0x3CB5_3AAA_08CF_A65F,
    0x3CC5_11D8_91C2_23DD, 0x3CD4_C38A_BAA7_4E5A, 0x3CE4_4FB6_D52E_8891,
    0x3CF3_B653_4A2C_B3A3, 0x3D02_F756_99A2_198C, 0x3D12_12B7_5AC0_4953,
    0x3D21_086C_3BEF_E4E7, 0x3D2F_D86C_02D6_60AE, 0x3D3E_82AD_8C5B_B4BB,
    0x3D4D_0727_CCAF_FFAE, 0x3D5B_65D1_CF51_1B37, 0x3D69_9EA2_B710_2233,
    0x3D77_B191_BE16_E872, 0x3D85_9E96_35ED_640A, 0x3D93_65A7_877F_0846,
    0x3DA1_06BD_3320_1229, 0x3DAE_81CE_D092_C67A, 0x3DBB_D6D4_0F0C_A162,
    0x3DC9_05C4_B53B_7792, 0x3DD6_0E98_A14A_88ED, 0x3DE2_F147_C8E7_84B2,
    0x3DEF_ADCA_3947_7F2E, 0x3DFC_4418_172B_D8E4, 0x3E08_B429_9EE7_172D,
    0x3E14_FDF7_2461_AE55, 0x3E21_2179_131E_BD23, 0x3E2D_1EA7_EE40_B9DB,
    0x3E38_F57C_508E_10A8, 0x3E44_A5EE_EC75_B370, 0x3E50_2FF8_8C13_9B11,
    0x3E5B_9392_1135_3A0B, 0x3E66_D0B4_755D_E07B, 0x3E71_E758_C9CB_118A,
    0x3E7C_D778_3778_CA2B, 0x3E87_A10B_FF25_B938, 0x3E92_440D_7957_68E9,
    0x3E9C_C076_165E_599C, 0x3EA7_163F_5E5A_0DF5, 0x3EB1_4562_F13D_0848,
    0x3EBB_4DDA_86D0_B956, 0x3EC5_2F9F_EEB9_6056, 0x3ECE_EAAD_1079_DC3E,
    0x3ED8_7EFB_EB77_6E61, 0x3EE1_EC86_96FD_6E46, 0x3EEB_3347_4240_EEC2,
    0x3EF4_5338_3464_545C, 0x3EFD_4C53_CC7A_DCDD, 0x3F06_1E94_818C_1831,
    0x3F0E_C9F4_E297_526B, 0x3F17_4E6F_9696_EF13, 0x3F1F_ABFF_5C83_B59D,
    0x3F27_E29F_0B58_0F18, 0x3F2F_F249_9213_350F, 0x3F37_DAF9_F7BC_5193,
    0x3F3F_9CAB_5B65_907D, 0x3F47_3758_F42F_21CD, 0x3F4E_AAFE_114A_2D43,
    0x3F55_F796_19FB_B70E, 0x3F5D_1D1C_8D9F_75B1, 0x3F64_1B8D_03AA_9900,
    0x3F6A_F2E3_2BAE_8247, 0x3F71_A31A_CD5B_6D8C, 0x3F78_2C2F_C883_0BF5,
    0x3F7E_8E1E_151B_0F4A, 0x3F84_C8E1_C33F_A68F, 0x3F8A_DC76_FB35_EBBF,
    0x3F90_C8D9_FD6E_4299, 0x3F96_8E07_2286_A889, 0x3F9C_2BFA_DB4C_F5A9,
    0x3FA1_A2B1_B0C1_0ECC, 0x3FA6_F228_4417_08A9, 0x3FAC_1A5B_4EB9_3C13,
    0x3FB1_1B47_A24A_4B3C, 0x3FB5_F4EA_28A7_180F, 0x3FBA_A73F_E3E8_AB95,
    0x3FBF_3245_EE66_0E69, 0x3FC3_95F9_7AB6_1234, 0x3FC7_D257_D3B1_0C36,
    0x3FCB_E75E_5C72_80D9, 0x3FCF_D50A_905A_C04D, 0x3FD3_9B5A_0310_742A,
    0x3FD7_3A4A_6082_1E1A, 0x3FDA_B1D9_6CE7_8786, 0x3FDE_0205_04C3_224F,
    0x3FE1_2ACB_1CE3_5A81, 0x3FE4_2C29_C263_D911, 0x3FE7_061F_1AAE_B79B,
    0x3FE9_B8A9_637D_A51F, 0x3FEC_43C6_F2DA_FBC7, 0x3FEE_A776_3722_C7A1,
    0x3FF0_E3B5_B703_BE63, 0x3FF2_F884_1180_282A, 0x3FF4_E5DF_FDEE_B93A,
    0x3FF6_ABC8_4BFB_5CB7, 0x3FF8_4A3B_E3A7_F05F, 0x3FF9_C139_C54C_F142,
    0x3FFB_10C1_099A_1976, 0x3FFC_38D0_E196_EEC5, 0x3FFD_3968_96A3_4257,
    0x3FFE_1287_8A77_A15C, 0x3FFE_C42D_3725_B6AF, 0x3FFF_4E59_2F18_9D6F,
    0x3FFF_B10B_1D15_249B, 0x3FFF_EC42_C43A_03A5, 0x4000_0000_0000_0000,
  ]

  /// √(1 − x²) in Q62 for x = (2k + 1)/256, k = 0…91.
  static let cosines: [UInt64] = [
    0x3FFF_DFFF_F7FF_FC00, 0x3FFE_DFFD_77F4_9BC0, 0x3FFC_DFEC_770B_CD18,
    0x3FF9_DFB4_F0D0_DFFA, 0x3FF5_DF32_D789_D07A, 0x3FF0_DE36_0BBF_6046,
    0x3FEA_DC82_50EB_5610, 0x3FE3_D9CF_3F46_A9EB, 0x3FDB_D5C8_32AF_CBD2,
    0x3FD2_D00C_369F_8FFF, 0x3FC8_C82D_EF21_A1A8, 0x3FBD_BDB3_7EC3_A6C4,
    0x3FB1_B016_696C_7C12, 0x3FA4_9EC3_740B_1F0D, 0x3F96_891A_810A_F873,
    0x3F87_6E6E_6979_44C0, 0x3F77_4E04_D2C5_4D4A, 0x3F66_2716_0103_02D9,
    0x3F53_F8CC_A595_4EC6, 0x3F40_C245_AA23_17A2, 0x3F2C_828F_F7B7_7EBA,
    0x3F17_38AC_39EB_4213, 0x3F00_E38C_9DF2_6F0A, 0x3EE9_8214_8D66_A903,
    0x3ED1_1318_64A3_321B, 0x3EB7_955D_2484_9CEB, 0x3E9D_0798_1F5A_922A,
    0x3E81_686E_A0D6_5DE0, 0x3E64_B675_90BD_0123, 0x3E46_F031_101F_48CB,
    0x3E28_1414_10D5_E0F3, 0x3E08_207F_E6FA_8170, 0x3DE7_13C3_D412_194D,
    0x3DC4_EC1C_8B96_45FA, 0x3DA1_A7B3_B086_5D7F, 0x3D7D_449F_4BA1_D766,
    0x3D57_C0E1_39E6_E2C3, 0x3D31_1A66_92E8_6D4B, 0x3D09_4F07_0686_B94D,
    0x3CE0_5C84_318C_D06D, 0x3CB6_4088_E8AB_9656, 0x3C8A_F8A8_7940_E6E2,
    0x3C5E_825D_DF4D_F239, 0x3C30_DB0A_EFF3_D8A2, 0x3C01_FFF7_77C0_45C9,
    0x3BD1_EE50_4C05_5CA7, 0x3BA0_A326_4E68_8A4B, 0x3B6E_1B6D_61C2_AC24,
    0x3B3A_53FB_4F59_3724, 0x3B05_4986_9B63_8C65, 0x3ACE_F8A5_47B9_3588,
    0x3A97_5DCB_836D_279F, 0x3A5E_754A_45FF_2A1D, 0x3A24_3B4D_D4AE_D1F4,
    0x39E8_ABDC_305A_DA97, 0x39AB_C2D3_6A33_ADD1, 0x396D_7BE7_DD60_3D55,
    0x392D_D2A2_4B88_7BF9, 0x38EC_C25D_DA08_48D5, 0x38AA_4645_ED57_E9EC,
    0x3866_5953_DFFB_A09C, 0x3820_F64C_9209_B24D, 0x37DA_17BD_CE0C_9B69,
    0x3791_B7FB_7FB5_10D2, 0x3747_D11C_B873_D93B, 0x36FC_5CF8_7DAD_1BA5,
    0x36AF_5522_5BC4_0A7E, 0x3660_B2E6_B8BD_1F90, 0x3610_6F46_E0A4_742E,
    0x35BE_82F4_C542_DA4C, 0x356A_E64E_69F4_8EA8, 0x3515_9158_F3A4_9120,
    0x34BE_7BBB_5404_496A, 0x3465_9CB8_860B_DE2F, 0x340A_EB29_509F_90DB,
    0x33AE_5D75_82DB_AB97, 0x334F_E98C_9BFC_2B27, 0x32EF_84DD_CF0F_14CE,
    0x328D_244F_5096_96BA, 0x3228_BC34_D9E7_0230, 0x31C2_4045_4B56_745B,
    0x3159_A38F_532F_E20A, 0x30EE_D86C_FBB5_0B41, 0x3081_D075_FE3A_3A2C,
    0x3012_7C70_B46E_0053, 0x2FA0_CC41_7B0A_47A4, 0x2F2C_AED8_524E_CA2D,
    0x2EB6_121C_8088_F4EA, 0x2E3C_E2D5_F14F_2712, 0x2DC1_0C94_00A1_AC61,
    0x2D42_7991_5372_8CF3, 0x2CC1_1294_4EA3_984D,
  ]

  /// asin x in Q62 for x = (2k + 1)/256, k = 0…91.
  static let arcsines: [UInt64] = [
    0x0040_000A_AAAF_777A, 0x00C0_0120_048E_7ED0, 0x0140_0535_8FF0_BD7E,
    0x01C0_0E4B_E5F0_3046, 0x0240_1E64_53FB_E57E, 0x02C0_3781_245C_C689,
    0x0340_5BA5_E71D_7EB7, 0x03C0_8CD7_BB72_5378, 0x0440_CD1D_99BE_247F,
    0x04C1_1E80_9E52_4423, 0x0541_830C_5507_695A, 0x05C1_FCCF_05CE_A62F,
    0x0642_8DDA_025A_1015, 0x06C3_3841_F4FD_A41F, 0x0743_FE1F_30E9_E935,
    0x07C4_E18E_03E2_E692, 0x0845_E4AF_0997_3799, 0x08C7_09A7_80BC_57BD,
    0x0948_52A1_A216_B4F9, 0x09C9_C1CC_F995_ADD1, 0x0A4B_595E_C1AD_5C7B,
    0x0ACD_1B92_4119_F505, 0x0B4F_0AA9_2B3A_8BB1, 0x0BD1_28EC_0333_5566,
    0x0C53_78AA_8209_E226, 0x0CD5_FC3B_FFF0_73C9, 0x0D58_B5FF_E0F8_6E5D,
    0x0DDB_A85E_0566_F76E, 0x0E5E_D5C7_3DEA_332F, 0x0EE2_40B5_C3F1_2F3F,
    0x0F65_EBAD_B66C_7836, 0x0FE9_D93D_9B41_9826, 0x106E_0BFE_E5C0_573B,
    0x10F2_8696_826D_94FA, 0x1177_4BB5_687C_F897, 0x11FC_5E19_3158_9300,
    0x1281_C08C_B69B_E809, 0x1307_75E8_B6EE_B943, 0x138D_8114_8233_691C,
    0x1413_E506_AD84_EE5C, 0x149A_A4C5_CF89_2670, 0x1521_C369_45A5_F1D4,
    0x15A9_441A_02B1_FCB3, 0x1631_2A13_67C5_7BF8, 0x16B9_78A4_27DB_94CA,
    0x1742_332F_3702_B431, 0x17CB_5D2C_C5E8_ECEE, 0x1854_FA2B_4AA1_A2E6,
    0x18DF_0DD0_9793_8421, 0x1969_9BDB_0191_3893, 0x19F4_A822_9634_7AA4,
    0x1A80_369A_63AA_A7ED, 0x1B0C_4B51_D33B_8670, 0x1B98_EA76_17EF_3A3D,
    0x1C26_1853_B2D7_84DD, 0x1CB3_D958_0EA2_B876, 0x1D42_3213_3444_AC8E,
    0x1DD1_2739_9AAB_E73A, 0x1E60_BDA6_13A7_8F04, 0x1EF0_FA5B_D856_255F,
    0x1F81_E288_B7AE_1FBE, 0x2013_7B87_69F0_EDB4, 0x20A5_CAE2_0C1F_A71B,
    0x2138_D654_C6D7_6E38, 0x21CC_A3D0_A453_9B67, 0x2261_397E_99B6_47C7,
    0x22F6_9DC2_C826_303C, 0x238C_D73F_FACC_D98F, 0x2423_ECDB_674B_4290,
    0x24BB_E5C0_B6D8_8298, 0x2554_C966_5EEF_069A, 0x25EE_9F92_5135_B834,
    0x2689_705F_0B35_BDDE, 0x2725_4441_0F6F_D262, 0x27C2_240C_D28A_4574,
    0x2860_18FD_28A0_474E, 0x28FF_2CBA_403A_EF30, 0x299F_6961_3A34_7BF6,
    0x2A40_D98C_6FC0_24F3, 0x2AE3_885C_7A17_CEBE, 0x2B87_8182_11F2_B6D8,
    0x2C2C_D148_DFF5_0352, 0x2CD3_84A3_5AD3_CE7C, 0x2D7B_A937_D40B_9C6B,
    0x2E25_4D6E_D8DD_23BC, 0x2ED0_8083_12F1_4ED2, 0x2F7D_5292_DAB4_A6F7,
    0x302B_D4B3_B561_440F, 0x30DC_1908_020E_C81E, 0x318E_32D7_244B_BB34,
    0x3242_36A8_8821_05E2, 0x32F8_3A61_EB6F_A3D7,
  ]

  /// 1/√x in Q15 for x = (2i + 1)/512, i = 64…255: seeds for `squareRoot`.
  static let rootSeeds: [UInt16] = [
    0xFF01, 0xFD0D, 0xFB24, 0xF946, 0xF773, 0xF5A9, 0xF3EA, 0xF234,
    0xF087, 0xEEE2, 0xED46, 0xEBB3, 0xEA27, 0xE8A3, 0xE727, 0xE5B1,
    0xE443, 0xE2DB, 0xE17A, 0xE020, 0xDECB, 0xDD7C, 0xDC34, 0xDAF1,
    0xD9B3, 0xD87B, 0xD748, 0xD61A, 0xD4F1, 0xD3CD, 0xD2AD, 0xD192,
    0xD07B, 0xCF69, 0xCE5A, 0xCD50, 0xCC4A, 0xCB48, 0xCA49, 0xC94F,
    0xC858, 0xC764, 0xC674, 0xC587, 0xC49D, 0xC3B7, 0xC2D4, 0xC1F4,
    0xC116, 0xC03C, 0xBF65, 0xBE90, 0xBDBE, 0xBCEF, 0xBC23, 0xBB59,
    0xBA91, 0xB9CC, 0xB90A, 0xB84A, 0xB78C, 0xB6D0, 0xB617, 0xB560,
    0xB4AB, 0xB3F8, 0xB347, 0xB298, 0xB1EB, 0xB140, 0xB097, 0xAFF0,
    0xAF4B, 0xAEA7, 0xAE06, 0xAD66, 0xACC8, 0xAC2B, 0xAB90, 0xAAF7,
    0xAA5F, 0xA9C9, 0xA934, 0xA8A1, 0xA810, 0xA77F, 0xA6F1, 0xA663,
    0xA5D8, 0xA54D, 0xA4C4, 0xA43C, 0xA3B6, 0xA330, 0xA2AC, 0xA22A,
    0xA1A8, 0xA128, 0xA0A9, 0xA02B, 0x9FAE, 0x9F32, 0x9EB7, 0x9E3E,
    0x9DC6, 0x9D4E, 0x9CD8, 0x9C63, 0x9BEF, 0x9B7B, 0x9B09, 0x9A98,
    0x9A28, 0x99B8, 0x994A, 0x98DD, 0x9870, 0x9804, 0x979A, 0x9730,
    0x96C7, 0x965E, 0x95F7, 0x9591, 0x952B, 0x94C6, 0x9462, 0x93FF,
    0x939C, 0x933A, 0x92D9, 0x9279, 0x9219, 0x91BB, 0x915D, 0x90FF,
    0x90A3, 0x9047, 0x8FEB, 0x8F91, 0x8F37, 0x8EDD, 0x8E85, 0x8E2D,
    0x8DD5, 0x8D7E, 0x8D28, 0x8CD3, 0x8C7E, 0x8C2A, 0x8BD6, 0x8B83,
    0x8B30, 0x8ADE, 0x8A8D, 0x8A3C, 0x89EB, 0x899C, 0x894C, 0x88FE,
    0x88AF, 0x8862, 0x8815, 0x87C8, 0x877C, 0x8730, 0x86E5, 0x869A,
    0x8650, 0x8606, 0x85BD, 0x8574, 0x852C, 0x84E4, 0x849D, 0x8456,
    0x840F, 0x83C9, 0x8384, 0x833F, 0x82FA, 0x82B5, 0x8271, 0x822E,
    0x81EB, 0x81A8, 0x8166, 0x8124, 0x80E2, 0x80A1, 0x8060, 0x8020,
  ]
}
