/// The numbers a script's run time holds, and the one rule for which literals fit them.
///
/// The edge's interpreter keeps every number as a signed 64-bit count of 10⁻⁹ base units (base
/// units: metres, seconds, minutes of the day for times, degrees for coordinates, plain numbers
/// for `int` and `decimal`). So a literal — a number, a clamp or parameter bound, an `init`
/// value, a time — fits when, after conversion to base units, it has at most `decimals`
/// decimals and a magnitude of at most `maxMagnitude`. The checker refuses every other literal
/// (`E0211`), so nothing a script writes is rounded or saturated at run time. Arithmetic at run
/// time saturates on overflow; see Docs/language.md, "Numbers".
public enum RuntimeNumbers {
  /// Decimals after the point, in base units: the run time counts 10⁻⁹ units.
  public static let decimals = 9

  /// The largest magnitude in base units: ⌊(2⁶³ − 1) / 10⁹⌋ = 9 223 372 036.
  public static let maxMagnitude = ExactDecimal(units: Int(Int64.max) / 1_000_000_000)

  /// Why a value does not fit the run time.
  public enum Problem: Error, Equatable, Sendable {
    /// More decimals than the run time keeps (the count of decimals needed).
    case tooManyDecimals(Int)
    /// A magnitude above `maxMagnitude`.
    case tooLarge
  }

  /// Nil when `value` (in base units) fits the run time exactly, otherwise why not.
  public static func problem(with value: ExactDecimal) -> Problem? {
    let normal = value.normalized
    if normal.scale > decimals { return .tooManyDecimals(normal.scale) }
    guard let magnitude = normal.magnitude, magnitude <= maxMagnitude else { return .tooLarge }
    return nil
  }

  /// Whether `value` (in base units) fits the run time exactly.
  public static func holds(_ value: ExactDecimal) -> Bool { problem(with: value) == nil }

  /// The problem in words, for a literal written as `text` that is a `type`.
  public static func message(_ problem: Problem, text: String, type: ValueType) -> String {
    let unit = baseUnit(of: type).map { " (in \($0))" } ?? ""
    switch problem {
    case .tooManyDecimals(let n):
      return "'\(text)' has \(n) decimals\(unit); numbers have at most \(decimals) decimals"
    case .tooLarge:
      return "'\(text)' is too large\(unit); numbers are at most \(maxMagnitude) in magnitude"
    }
  }

  /// The base unit a type's numbers are counted in, when it has one.
  public static func baseUnit(of type: ValueType) -> String? {
    switch type {
    case .distance: "metres"
    case .duration: "seconds"
    case .time: "minutes of the day"
    case .point: "degrees"
    default: nil
    }
  }
}
