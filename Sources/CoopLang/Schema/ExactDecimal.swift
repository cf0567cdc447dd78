/// An exact decimal number: `units × 10^-scale`. Used for bounds, resolutions, clamps and ε,
/// where binary floating point would make sensitivities and budgets inexact.
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
      let (product, overflow) = units.multipliedReportingOverflow(by: factor)
      return overflow ? nil : ExactDecimal(units: product, scale: target)
    }
    guard let factor = ExactDecimal.power(scale - target), units % factor == 0 else { return nil }
    return ExactDecimal(units: units / factor, scale: target)
  }

  /// `self × factor` for an integer factor (unit conversions); nil on overflow.
  public func times(_ factor: Int) -> ExactDecimal? {
    let (product, overflow) = units.multipliedReportingOverflow(by: factor)
    return overflow ? nil : ExactDecimal(units: product, scale: scale)
  }

  /// The difference `self − other`, exactly; nil on overflow.
  public func minus(_ other: ExactDecimal) -> ExactDecimal? {
    let s = max(scale, other.scale)
    guard let a = rescaled(to: s), let b = other.rescaled(to: s) else { return nil }
    let (d, overflow) = a.units.subtractingReportingOverflow(b.units)
    return overflow ? nil : ExactDecimal(units: d, scale: s)
  }

  /// The absolute value.
  public var magnitude: ExactDecimal { ExactDecimal(units: abs(units), scale: scale) }

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

  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let s = max(a.scale, b.scale)
    if let x = a.rescaled(to: s), let y = b.rescaled(to: s) { return x.units < y.units }
    return a.doubleValue < b.doubleValue
  }

  public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
    let s = max(a.scale, b.scale)
    guard let x = a.rescaled(to: s), let y = b.rescaled(to: s) else { return false }
    return x.units == y.units
  }

  public func hash(into hasher: inout Hasher) {
    var normal = self
    while normal.scale > 0, let smaller = normal.rescaled(to: normal.scale - 1) { normal = smaller }
    hasher.combine(normal.units)
    hasher.combine(normal.scale)
  }

  /// The shortest exact decimal text: `0.5`, `-21.4`, `80000`.
  public var description: String {
    var normal = self
    while normal.scale > 0, let smaller = normal.rescaled(to: normal.scale - 1) { normal = smaller }
    let sign = normal.units < 0 ? "-" : ""
    var digits = String(abs(normal.units))
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
    minus(ExactDecimal(units: -other.units, scale: other.scale))
  }

  /// `self × other`, exactly; nil on overflow or when the scale would pass 18 digits.
  public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
    guard scale + other.scale <= ExactDecimal.maxScale else { return nil }
    let (p, o) = units.multipliedReportingOverflow(by: other.units)
    return o ? nil : ExactDecimal(units: p, scale: scale + other.scale)
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
