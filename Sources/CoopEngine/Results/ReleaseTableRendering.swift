import Foundation

/// Renders release tables for people and tools: an aligned text table, CSV or JSON, every value
/// with its 95% half-width.
public enum ReleaseTableRendering {
  /// One value of one cell, ready to print.
  public struct Value: Sendable {
    /// The value in display units; nil when it cannot be computed (a mean over no one).
    public var value: Double?
    /// Its 95% half-width, when known.
    public var halfWidth: Double?
  }

  /// The displayed value of `spec` in `cell`: counts and sums as released, means derived.
  public static func value(_ spec: ReleasedValueSpec, in cell: ReleaseCell) -> Value {
    let count = cell.count
    switch spec.kind {
    case .count:
      return Value(value: Double(count.units), halfWidth: Double(count.halfWidth95))
    case .sum:
      guard let sum = cell.sums[spec.name] else { return Value() }
      return Value(value: sum.approximateValue, halfWidth: Double(sum.halfWidth95) / pow(10, Double(sum.decimals)))
    case .mean:
      guard let sum = cell.sums[spec.name], count.units > 0 else { return Value() }
      var mean = sum.approximateValue / Double(count.units)
      if let lower = spec.lower { mean = max(mean, lower) }
      if let upper = spec.upper { mean = min(mean, upper) }
      let sumWidth = Double(sum.halfWidth95) / pow(10, Double(sum.decimals))
      let denominator = Double(count.units) - Double(count.halfWidth95)
      var width = denominator > 0 ? (sumWidth + abs(mean) * Double(count.halfWidth95)) / denominator : nil
      if let w = width, let lower = spec.lower, let upper = spec.upper { width = min(w, upper - lower) }
      return Value(value: mean, halfWidth: width)
    }
  }

  /// A number with up to `digits` decimals, no trailing zeros.
  public static func format(_ d: Double, digits: Int = 2) -> String {
    var text = String(format: "%.\(digits)f", d)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// Header and rows: keys, then each value and its half-width.
  public static func rows(_ table: ReleaseTable) -> (header: [String], rows: [[String]]) {
    var header = table.keyNames
    for spec in table.values {
      let unit = spec.unit.isEmpty ? "" : " (\(spec.unit))"
      header += [spec.name + unit, "±95%"]
    }
    let rows = table.cells.map { cell -> [String] in
      var row = cell.key.map(\.description)
      for spec in table.values {
        let v = value(spec, in: cell)
        row += [v.value.map { format($0) } ?? "n/a", v.halfWidth.map { format($0) } ?? "n/a"]
      }
      return row
    }
    return (header, rows)
  }

  /// An aligned text table with a summary line.
  public static func text(_ table: ReleaseTable) -> String {
    let (header, rows) = rows(table)
    let widths = header.indices.map { i in ([header] + rows).map { $0[i].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
        .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }
    var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for row in rows { out += line(row) + "\n" }
    out += "\(table.cells.count) cells published, \(table.suppressed) suppressed (\(table.algorithm) round \(table.round))\n"
    return out
  }

  /// RFC 4180 CSV with a header row.
  public static func csv(_ table: ReleaseTable) -> String {
    let (header, rows) = rows(table)
    func field(_ s: String) -> String {
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    let headerFields = header.map { $0 == "±95%" ? "half_width_95" : $0 }
    return ([headerFields] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }
}
