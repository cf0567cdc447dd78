/// An exact decimal number: `units × 10^-scale`. Used for bounds, resolutions, clamps and ε,
/// where binary floating point would make sensitivities and budgets inexact.
///
/// No operation traps: arithmetic is checked and answers nil on overflow, and never produces
/// `units == Int.min`, so its results can always be negated.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The value times `10^scale`.
  public let units: Int
  /// The number of decimal digits, 0…18.
  public let scale: Int

  /// The largest scale kept.
  public static let maxScale = 18

  /// `units × 10^-scale`.
  public init(units: Int, scale: Int = 0) {
    self.units = units
    self.scale = scale
  }

  /// Parses `12`, `-0.50`, `21.4`; nil when malformed or out of range.
  public init?(_ text: String) {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
      parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
      parts.count == 1 || parts[1].count <= ExactDecimal.maxScale,
      let magnitude = Int(parts.joined())
    else { return nil }
    units = negative ? -magnitude : magnitude
    scale = parts.count == 2 ? parts[1].count : 0
  }

  /// The same value with `scale` digits, or nil if that loses digits or overflows.
  public func rescaled(to target: Int) -> ExactDecimal? {
    if target == scale { return self }
    if target > scale {
      guard let factor = ExactDecimal.power(target - scale) else { return nil }
      return ExactDecimal.checked(units.multipliedReportingOverflow(by: factor), scale: target)
    }
    guard let factor = ExactDecimal.power(scale - target), units % factor == 0 else { return nil }
    return ExactDecimal(units: units / factor, scale: target)
  }

  /// `self × factor` for an integer factor (unit conversions); nil on overflow.
  public func times(_ factor: Int) -> ExactDecimal? {
    ExactDecimal.checked(units.multipliedReportingOverflow(by: factor), scale: scale)
  }

  /// The difference `self − other`, exactly; nil on overflow.
  public func minus(_ other: ExactDecimal) -> ExactDecimal? {
    let s = max(scale, other.scale)
    guard let a = rescaled(to: s), let b = other.rescaled(to: s) else { return nil }
    return ExactDecimal.checked(a.units.subtractingReportingOverflow(b.units), scale: s)
  }

  /// `−self`; nil only for the one value whose negation does not fit (`units == Int.min`).
  public var negated: ExactDecimal? {
    units == .min ? nil : ExactDecimal(units: -units, scale: scale)
  }

  /// The absolute value; nil only when `units == Int.min`.
  public var magnitude: ExactDecimal? {
    units == .min ? nil : ExactDecimal(units: Swift.abs(units), scale: scale)
  }

  /// The same value without trailing zero decimals: `1.50` is `1.5`, `80.000` is `80`.
  public var normalized: ExactDecimal {
    var normal = self
    while normal.scale > 0, let smaller = normal.rescaled(to: normal.scale - 1) { normal = smaller }
    return normal
  }

  /// The decimals the value needs: 1 for `1.50`, 0 for `80.000`.
  public var significantDecimals: Int { Swift.max(0, normalized.scale) }

  /// A result of checked integer arithmetic: nil on overflow, and never `Int.min`, so every
  /// value built by arithmetic can be negated and has a magnitude.
  static func checked(_ r: (partialValue: Int, overflow: Bool), scale: Int) -> ExactDecimal? {
    r.overflow || r.partialValue == .min ? nil : ExactDecimal(units: r.partialValue, scale: scale)
  }

  /// Whether the value is an integer.
  public var isInteger: Bool { rescaled(to: 0) != nil }

  /// An approximation, for display and accuracy estimates only.
  public var doubleValue: Double {
    Double(units) / Double(ExactDecimal.power(scale) ?? 1)
  }

  /// `10^n` for `0 ≤ n ≤ 18`.
  static func power(_ n: Int) -> Int? {
    guard (0...18).contains(n) else { return nil }
    var p = 1
    for _ in 0..<n { p *= 10 }
    return p
  }

  /// Exact for any two values: both sides are brought to one scale in 128-bit products.
  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let (x, y) = (a.normalized, b.normalized)
    let s = max(x.scale, y.scale)
    guard let fx = power(s - x.scale), let fy = power(s - y.scale) else {
      return a.doubleValue < b.doubleValue  // only for hand-built values with scales beyond 0…18
    }
    let left = x.units.multipliedFullWidth(by: fx)
    let right = y.units.multipliedFullWidth(by: fy)
    return (left.high, left.low) < (right.high, right.low)
  }

  /// Equal values are equal whatever their scale: `1.50 == 1.5`.
  public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let (x, y) = (a.normalized, b.normalized)
    return x.units == y.units && x.scale == y.scale
  }

  public func hash(into hasher: inout Hasher) {
    let normal = normalized
    hasher.combine(normal.units)
    hasher.combine(normal.scale)
  }

  /// The shortest exact decimal text: `0.5`, `-21.4`, `80000`.
  public var description: String {
    let normal = normalized
    let sign = normal.units < 0 ? "-" : ""
    var digits = String(normal.units.magnitude)
    guard normal.scale > 0 else { return sign + digits }
    if digits.count <= normal.scale {
      digits = String(repeating: "0", count: normal.scale - digits.count + 1) + digits
    }
    let split = digits.index(digits.endIndex, offsetBy: -normal.scale)
    return sign + digits[..<split] + "." + digits[split...]
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension ExactDecimal {
  /// `self + other`, exactly; nil on overflow.
  public func plus(_ other: ExactDecimal) -> ExactDecimal? {
    let s = max(scale, other.scale)
    guard let a = rescaled(to: s), let b = other.rescaled(to: s) else { return nil }
    return ExactDecimal.checked(a.units.addingReportingOverflow(b.units), scale: s)
  }

  /// `self × other`, exactly; nil on overflow or when the product needs more than 18 decimals.
  public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
    let (a, b) = (normalized, other.normalized)
    guard a.scale + b.scale <= ExactDecimal.maxScale else { return nil }
    return ExactDecimal.checked(a.units.multipliedReportingOverflow(by: b.units), scale: a.scale + b.scale)
  }

  /// The value in units of `10^-decimals`, rounded half away from zero; nil on overflow.
  public func gridUnits(decimals: Int) -> Int? {
    if decimals >= scale { return rescaled(to: decimals)?.units }
    guard let factor = ExactDecimal.power(scale - decimals) else { return nil }
    let q = units / factor
    let r = units % factor
    if 2 * abs(r) >= factor { return units < 0 ? q - 1 : q + 1 }
    return q
  }
}
