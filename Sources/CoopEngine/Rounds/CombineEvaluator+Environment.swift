import CoopLang
import Foundation

extension CombineEvaluator {
  /// One cell's names: released values in base units, group keys, parameters.
  struct Environment {
    let script: CheckedScript
    let table: ReleaseTable
    let cell: ReleaseCell
    let parameters: [String: ParameterValue]

    func released(_ name: String) throws -> Double {
      guard let release = script.releases.first(where: { $0.name == name }) else {
        throw ExecutionError.badParameter("no released value '\(name)'")
      }
      let count = Double(cell.count.units)
      guard release.kind != .count else { return count }
      guard let sum = cell.sums[name] else { throw ExecutionError.badParameter("cell has no '\(name)'") }
      let base = Double(sum.units) / pow(10, Double(release.decimals))
      return release.kind == .sum ? base : (count > 0 ? base / count : 0)
    }

    func evaluate(_ e: TypedExpr) throws -> CombineValue {
      switch e {
      case .number(let v, _): return .number(v.doubleValue)
      case .bool(let b): return .bool(b)
      case .released(let name): return .number(try released(name))
      case .key(let name, _):
        guard let i = table.keyNames.firstIndex(of: name), case .int(let v) = cell.key[i] else {
          throw ExecutionError.badParameter("no integer key '\(name)'")
        }
        return .number(Double(v))
      case .param(let name, _):
        guard let p = parameters[name] else { throw ExecutionError.badParameter("no parameter '\(name)'") }
        return CombineValue(p)
      case .unary(.not, let x, _):
        return .bool(!(try evaluate(x).truth ?? false))
      case .unary(.negate, let x, _): return .number(-(try number(x)))
      case .binary(let op, let a, let b, _): return try binary(op, a, b)
      case .call(.point, let args, _): return .point(try number(args[0]), try number(args[1]))
      case .call(.min, let args, _): return .number(Swift.min(try number(args[0]), try number(args[1])))
      case .call(.max, let args, _): return .number(Swift.max(try number(args[0]), try number(args[1])))
      case .call(.abs, let args, _): return .number(Swift.abs(try number(args[0])))
      case .call(.round, let args, _): return .number((try number(args[0])).rounded())
      case .call(.clamp, let args, _):
        return .number(Swift.min(Swift.max(try number(args[0]), try number(args[1])), try number(args[2])))
      case .coordinate(let p, let c):
        guard case .point(let lat, let lon) = try evaluate(p) else { throw ExecutionError.badParameter("not a point") }
        return .number(c == .lat ? lat : lon)
      case .index(let list, let i, _):
        guard case .list(let items) = try evaluate(list) else { throw ExecutionError.badParameter("not a list") }
        // As in the interpreter: an index past either end reads the nearest element (a cell of
        // `nearest` may index past a list shorter than its declared maximum).
        guard !items.isEmpty else { throw ExecutionError.badParameter("an empty list is indexed") }
        let d = try number(i)
        let n = d.isNaN ? 0 : Int(Swift.min(Swift.max(d, 0), Double(items.count - 1)))
        return items[n]
      default:
        throw ExecutionError.badParameter("combine cannot evaluate \(e)")
      }
    }

    private func number(_ e: TypedExpr) throws -> Double {
      guard case .number(let d) = try evaluate(e) else { throw ExecutionError.badParameter("not a number") }
      return d
    }

    private func binary(_ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr) throws -> CombineValue {
      switch op {
      case .and, .or:
        let x = try evaluate(a).truth ?? false
        let y = try evaluate(b).truth ?? false
        return .bool(op == .and ? x && y : x || y)
      default: break
      }
      let x = try number(a)
      let y = try number(b)
      switch op {
      case .equal: return .bool(x == y)
      case .notEqual: return .bool(x != y)
      case .less: return .bool(x < y)
      case .lessEqual: return .bool(x <= y)
      case .greater: return .bool(x > y)
      case .greaterEqual: return .bool(x >= y)
      case .add: return .number(x + y)
      case .subtract: return .number(x - y)
      case .multiply: return .number(x * y)
      case .divide: return .number(y == 0 ? 0 : x / y)
      case .remainder: return .number(y == 0 ? 0 : x.truncatingRemainder(dividingBy: y))
      case .and, .or: return .bool(false)
      }
    }
  }
}
