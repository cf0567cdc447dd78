import CoopLang

/// The interpreter's numbers: every number is an `Int64` count of 10⁻⁹ base units (metres,
/// seconds, minutes of the day, degrees, plain numbers), so `1.5 km` is `1_500_000_000_000`.
///
/// Every operation is total. Results are rounded half away from zero onto the 10⁻⁹ grid once,
/// and an overflow saturates at `Int64.min` or `Int64.max`. Division and remainder by zero give
/// 0. Booleans, enum cases, zone codes and list indexes are plain integers, not scaled.
///
/// Why saturation keeps the privacy guarantee: a released value is clamped to literal bounds
/// after all of this arithmetic (see `ReleaseColumn`), so whatever a row's arithmetic yields,
/// its contribution stays within the sensitivity the checker computed.
enum RuntimeNumber {
  /// 10⁹: one base unit.
  static let one: Int64 = 1_000_000_000

  /// `a + b`, saturating.
  @inline(__always) static func add(_ a: Int64, _ b: Int64) -> Int64 {
    let (r, o) = a.addingReportingOverflow(b)
    return o ? (b > 0 ? .max : .min) : r
  }

  /// `a − b`, saturating.
  @inline(__always) static func subtract(_ a: Int64, _ b: Int64) -> Int64 {
    let (r, o) = a.subtractingReportingOverflow(b)
    return o ? (b < 0 ? .max : .min) : r
  }

  /// `−a`, saturating (−Int64.min is Int64.max).
  @inline(__always) static func negate(_ a: Int64) -> Int64 { a == .min ? .max : -a }

  /// `|a|`, saturating.
  @inline(__always) static func magnitude(_ a: Int64) -> Int64 { a < 0 ? negate(a) : a }

  /// `a × b` on the 10⁻⁹ grid: the exact product rounded once, saturating.
  @inline(__always) static func multiply(_ a: Int64, _ b: Int64) -> Int64 {
    // |a·b| < 2¹²⁶: exact in Int128.
    saturate(divideRounded(Int128(a) * Int128(b), Int128(one)))
  }

  /// `a ÷ b` on the 10⁻⁹ grid: the exact quotient rounded once, saturating; 0 when b is 0.
  @inline(__always) static func divide(_ a: Int64, _ b: Int64) -> Int64 {
    guard b != 0 else { return 0 }
    // |a·10⁹| < 2⁹³: exact in Int128.
    var n = Int128(a) * Int128(one)
    var d = Int128(b)
    if d < 0 {
      n = -n
      d = -d
    }
    return saturate(divideRounded(n, d))
  }

  /// The remainder of `a ÷ b` truncated toward zero (the sign of a); 0 when b is 0.
  @inline(__always) static func remainder(_ a: Int64, _ b: Int64) -> Int64 {
    guard b != 0, b != -1 else { return 0 }
    return a % b
  }

  /// `a` rounded to a whole base unit, half away from zero, saturating.
  @inline(__always) static func round(_ a: Int64) -> Int64 {
    saturate(divideRounded(Int128(a), Int128(one)) * Int128(one))
  }

  /// `a` in units of `10^-decimals` base units (0 ≤ decimals ≤ 9): `a ÷ divisor` for a divisor
  /// in 1 … 10⁹, rounded half away from zero.
  @inline(__always) static func grid(_ a: Int64, divisor: Int64) -> Int64 {
    // 64-bit: |quotient| ≤ |a| and 2·|remainder| < 2·divisor ≤ 2·10⁹, so nothing overflows.
    let q = a / divisor
    let r = a % divisor
    if 2 * (r < 0 ? -r : r) >= divisor { return a < 0 ? q - 1 : q + 1 }
    return q
  }

  /// `n ÷ d` for `d > 0`, rounded half away from zero.
  @inline(__always) static func divideRounded(_ n: Int128, _ d: Int128) -> Int128 {
    let q = n / d
    let r = n % d
    let twice = r < 0 ? -2 * r : 2 * r
    if twice >= d { return n < 0 ? q - 1 : q + 1 }
    return q
  }

  /// `x` clamped into Int64.
  @inline(__always) static func saturate(_ x: Int128) -> Int64 {
    if x > Int128(Int64.max) { return .max }
    if x < Int128(Int64.min) { return .min }
    return Int64(x)
  }

  /// The run-time value of an exact decimal: rounded onto the 10⁻⁹ grid, saturating.
  static func value(of d: ExactDecimal) -> Int64 {
    if d.scale <= 9 {
      guard let p = ExactDecimalPowers.power(9 - d.scale) else { return 0 }
      return saturate(Int128(d.units) * Int128(p))
    }
    guard let p = ExactDecimalPowers.power(d.scale - 9) else { return 0 }
    return saturate(divideRounded(Int128(d.units), Int128(p)))
  }

  /// `10^(9 − decimals)`: the divisor from run-time units to a grid of `decimals` digits.
  static func divisor(decimals: Int) -> Int64 {
    Int64(ExactDecimalPowers.power(9 - Swift.min(9, Swift.max(0, decimals))) ?? 1)
  }
}

/// Powers of ten.
enum ExactDecimalPowers {
  /// `10^n` for `0 ≤ n ≤ 18`.
  static func power(_ n: Int) -> Int? {
    guard (0...18).contains(n) else { return nil }
    var p = 1
    for _ in 0..<n { p *= 10 }
    return p
  }
}
