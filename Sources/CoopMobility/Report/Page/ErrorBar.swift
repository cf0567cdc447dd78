/// A small inline error bar: a bar to the value and a whisker over its 95% interval, on a scale
/// shared by a table's column. Decorative (`aria-hidden`): the number next to it says the same.
struct ErrorBar {
  /// The value at the right end of the scale (> 0).
  let scale: Double

  /// The bar for `estimate`, or an empty string when the scale is empty.
  func svg(_ estimate: Estimate) -> String {
    guard scale > 0 else { return "" }
    func x(_ value: Double) -> String {
      MapPoint.coordinate(min(max(value / scale, 0), 1) * 100)
    }
    let (lower, upper) = (x(estimate.lower()), x(estimate.upper))
    return
      "<svg class=\"bar\" viewBox=\"0 0 100 12\" aria-hidden=\"true\" focusable=\"false\">"
      + "<rect x=\"0\" y=\"3\" width=\"\(x(estimate.value))\" height=\"6\"/>"
      + "<path d=\"M\(lower) 6H\(upper)M\(lower) 2V10M\(upper) 2V10\"/></svg>"
  }
}
