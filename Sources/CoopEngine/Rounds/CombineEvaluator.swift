import CoopLang
import Foundation

/// Evaluates a script's `combine` step on released (noisy, possibly federated) cells: the next
/// round's parameters. Pure post-processing of public values: no privacy cost.
public enum CombineEvaluator {
  /// The parameters of the next round, from this round's `parameters` and released `table`.
  public static func next(
    _ script: CheckedScript, parameters: [String: ParameterValue], table: ReleaseTable
  ) throws -> [String: ParameterValue] {
    // This round's values: the job's, else the script's initial values (round 1 usually has none).
    var current = parameters
    for p in script.parameters where current[p.name] == nil { current[p.name] = p.initial }
    var next = current
    for cell in table.cells {
      let env = Environment(script: script, table: table, cell: cell, parameters: current)
      for item in script.combine {
        if let guardExpr = item.guardExpr, try env.evaluate(guardExpr).truth != true { continue }
        let value = try env.evaluate(item.value).parameterValue
        guard let keyName = item.key else {
          next[item.target] = value
          continue
        }
        guard let i = table.keyNames.firstIndex(of: keyName), case .int(let index) = cell.key[i],
          case .list(var items)? = next[item.target], items.indices.contains(index)
        else { continue }
        items[index] = value
        next[item.target] = .list(items)
      }
    }
    for p in script.parameters {
      if let value = next[p.name] { next[p.name] = clamped(value, into: p) }
    }
    return next
  }

  /// `value` moved into `p`'s domain, so that a combine step can never produce parameters an
  /// edge refuses: numbers into the declared bounds (whole for `int`), points onto the globe
  /// (latitude ±90, longitude ±180), lists cut to their declared length.
  static func clamped(_ value: ParameterValue, into p: CheckedParameter) -> ParameterValue {
    func scalar(_ v: ParameterValue, _ type: ValueType) -> ParameterValue {
      switch v {
      case .number(var n):
        if type == .int, let whole = n.gridUnits(decimals: 0) { n = ExactDecimal(units: whole) }
        if let bounds = p.bounds { n = Swift.min(Swift.max(n, bounds.lowerBound), bounds.upperBound) }
        return .number(n)
      case .point(let lat, let lon):
        func limit(_ x: ExactDecimal, _ m: Int) -> ExactDecimal {
          Swift.min(Swift.max(x, ExactDecimal(units: -m)), ExactDecimal(units: m))
        }
        return .point(latitude: limit(lat, 90), longitude: limit(lon, 180))
      case .list(let items): return .list(items.map { scalar($0, type) })
      }
    }
    if case .list(let element, let max) = p.type, case .list(let items) = value {
      return .list(Array(items.prefix(max)).map { scalar($0, element) })
    }
    return scalar(value, p.type)
  }
}

/// Values during evaluation.
enum CombineValue {
  case number(Double)
  case bool(Bool)
  case point(Double, Double)
  case list([CombineValue])

  var truth: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  var parameterValue: ParameterValue {
    get throws {
      switch self {
      case .number(let d): return .number(CombineValue.exact(d))
      case .point(let lat, let lon): return .point(latitude: CombineValue.exact(lat), longitude: CombineValue.exact(lon))
      case .list(let items): return .list(try items.map { try $0.parameterValue })
      case .bool: throw ExecutionError.badParameter("combine produced a bool where a parameter value is expected")
      }
    }
  }

  /// A double rounded to six decimals, exactly.
  static func exact(_ d: Double) -> ExactDecimal {
    guard d.isFinite, abs(d) < 1e12 else { return ExactDecimal(units: 0) }
    return ExactDecimal(units: Int((d * 1_000_000).rounded()), scale: 6)
  }

  init(_ p: ParameterValue) {
    switch p {
    case .number(let n): self = .number(n.doubleValue)
    case .point(let lat, let lon): self = .point(lat.doubleValue, lon.doubleValue)
    case .list(let items): self = .list(items.map(CombineValue.init))
    }
  }
}
