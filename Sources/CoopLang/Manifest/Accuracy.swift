/// Accuracy of released numbers in words and display units, from their noise plan.
public enum Accuracy {
  /// The 95% half-width of a noisy number in display units, as a short decimal text.
  public static func halfWidthText(_ n: NoisyNumberPlan) -> String {
    let value = Double(n.halfWidth95Units) / pow10(n.decimals) / Double(n.displayFactor)
    return format(value)
  }

  /// The 95% half-width in display units, approximately.
  public static func halfWidth(_ n: NoisyNumberPlan) -> Double {
    Double(n.halfWidth95Units) / pow10(n.decimals) / Double(n.displayFactor)
  }

  /// A compact, stable decimal: 3 significant digits, no exponent.
  public static func format(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return "0" }
    var digits = 0
    var magnitude = Swift.abs(value)
    while magnitude < 100, digits < 9 {
      magnitude *= 10
      digits += 1
    }
    let scaled = (value * pow10(digits)).rounded()
    guard Swift.abs(scaled) < 9e18 else { return String(value) }  // beyond any checked plan
    return ExactDecimal(units: Int(scaled), scale: digits).description
  }

  static func pow10(_ n: Int) -> Double {
    var p = 1.0
    for _ in 0..<n { p *= 10 }
    return p
  }
}
