/// A position in the map's SVG user units.
struct MapPoint: Hashable {
  var x: Double
  var y: Double

  /// `x y` with one decimal (a tenth of a unit is about 6 m on the island).
  var text: String {
    "\(Self.coordinate(x)) \(Self.coordinate(y))"
  }

  /// A coordinate with at most one decimal and no trailing `.0`.
  static func coordinate(_ value: Double) -> String {
    let text = NumberStyle.machine.format(value, decimals: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
