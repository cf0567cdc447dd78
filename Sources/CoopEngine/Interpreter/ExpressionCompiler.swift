import CoopLang

/// Compiles checked expressions to value nodes over a batch, registering the columns they read
/// with the scan plan. Parameters are bound here, as run-time numbers: they never become text.
struct ExpressionCompiler {
  private(set) var plan: ScanPlan
  let batch: RowBatch
  let parameters: [String: ParameterValue]
  let schema: SchemaModel

  /// Nodes already compiled: an identical subexpression (a key's expression repeated in a value,
  /// `nearest` behind `centers[c]`) is one node, evaluated once per batch.
  private var numberNodes: [TypedExpr: NumberNode] = [:]
  private var pointNodes: [TypedExpr: PointNode] = [:]
  private var textNodes: [TypedExpr: TextNode] = [:]

  init(plan: ScanPlan, batch: RowBatch, parameters: [String: ParameterValue]) {
    self.plan = plan
    self.batch = batch
    self.parameters = parameters
    self.schema = plan.schema
  }

  /// A node computing a number, bool, enum case, zone code or index.
  mutating func number(_ e: TypedExpr) throws(ExecutionError) -> NumberNode {
    if let node = numberNodes[e] { return node }
    let node = try makeNumber(e)
    numberNodes[e] = node
    return node
  }

  /// A node computing a point.
  mutating func point(_ e: TypedExpr) throws(ExecutionError) -> PointNode {
    if let node = pointNodes[e] { return node }
    let node = try makePoint(e)
    pointNodes[e] = node
    return node
  }

  /// A node computing text.
  mutating func text(_ e: TypedExpr) throws(ExecutionError) -> TextNode {
    if let node = textNodes[e] { return node }
    let node = try makeText(e)
    textNodes[e] = node
    return node
  }

  private mutating func makeNumber(_ e: TypedExpr) throws(ExecutionError) -> NumberNode {
    switch e {
    case .number(let v, _): return ConstantNode(RuntimeNumber.value(of: v))
    case .bool(let b): return ConstantNode(b ? 1 : 0)
    case .zone(_, let code): return ConstantNode(Int64(code))
    case .enumCase(let name, let c):
      return ConstantNode(Int64(schema.enums[name]?.cases.firstIndex(of: c) ?? 0))
    case .column(let path):
      guard Self.isNumberColumn(path.type) else { throw .notExecutable("column '\(path)' is not a number") }
      let slot = plan.slot(path)
      return ColumnNode(cost: 1 + path.joins.count, buffer: batch.buffer(slot))
    case .param(let name, _):
      guard case .number(let v)? = parameters[name] else { throw .notExecutable("'\(name)' is not a number") }
      return ConstantNode(RuntimeNumber.value(of: v))
    case .coordinate(let p, let c): return CoordinateNode(try point(p), latitude: c == .lat)
    case .unary(let op, let x, _): return UnaryNode(op, try number(x))
    case .binary(let op, let a, let b, let t): return try binary(op, a, b, t)
    case .call(let f, let args, let t): return try call(f, args, t)
    case .index(.param(let name, _), let i, _):
      let values = try listItems(name).map { item throws(ExecutionError) -> Int64 in
        guard case .number(let v) = item else { throw .notExecutable("'\(name)' holds no numbers") }
        return RuntimeNumber.value(of: v)
      }
      return NumberIndexNode(values: values, index: try number(i), divisor: divisor(of: i))
    case .string, .index, .list, .released, .key, .invalid:
      throw .notExecutable("this expression cannot run at the edge")
    }
  }

  private mutating func makePoint(_ e: TypedExpr) throws(ExecutionError) -> PointNode {
    switch e {
    case .column(let path) where path.type == .point:
      let lat = batch.buffer(plan.slot(path, coordinate: .lat))
      let lon = batch.buffer(plan.slot(path, coordinate: .lon))
      return PointNode(
        cost: 1 + path.joins.count, latitude: ColumnNode(cost: 0, buffer: lat),
        longitude: ColumnNode(cost: 0, buffer: lon))
    case .param(let name, _):
      guard case .point(let lat, let lon)? = parameters[name] else { throw .notExecutable("'\(name)' is not a point") }
      return PointNode(
        cost: 0, latitude: ConstantNode(RuntimeNumber.value(of: lat)),
        longitude: ConstantNode(RuntimeNumber.value(of: lon)))
    case .call(.point, let args, _):
      return PointNode(cost: Builtin.point.cost, latitude: try number(args[0]), longitude: try number(args[1]))
    case .index(.param(let name, _), let i, _):
      return PointIndexNode(points: try points(name), index: try number(i), divisor: divisor(of: i))
    default:
      throw .notExecutable("this point expression cannot run at the edge")
    }
  }

  private mutating func makeText(_ e: TypedExpr) throws(ExecutionError) -> TextNode {
    switch e {
    case .string(let s): return TextConstantNode(s)
    case .column(let path) where path.type == .string || path.type == .id:
      let slot = plan.slot(path)
      batch.makeText(slot)
      return TextColumnNode(cost: 1 + path.joins.count, batch: batch, slot: slot)
    default:
      throw .notExecutable("this text expression cannot run at the edge")
    }
  }

  private mutating func binary(_ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr, _ t: ValueType)
    throws(ExecutionError) -> NumberNode
  {
    switch a.type {
    case .string, .id:
      guard op == .equal || op == .notEqual else { throw .notExecutable("text is only compared for equality") }
      return TextComparisonNode(try text(a), try text(b), equal: op == .equal)
    case .point:
      guard op == .equal || op == .notEqual else { throw .notExecutable("points are only compared for equality") }
      return PointComparisonNode(try point(a), try point(b), equal: op == .equal)
    case .row, .list:
      throw .notExecutable("rows and lists are not values")
    default: break
    }
    let operation: BinaryNode.Operation
    switch op {
    case .add: operation = .add
    case .subtract: operation = a.type == .time && t == .duration ? .subtractTimes : .subtract
    case .multiply: operation = .multiply
    case .divide: operation = .divide
    case .remainder: operation = .remainder
    case .equal: operation = .equal
    case .notEqual: operation = .notEqual
    case .less: operation = .less
    case .lessEqual: operation = .lessEqual
    case .greater: operation = .greater
    case .greaterEqual: operation = .greaterEqual
    case .and: operation = .and
    case .or: operation = .or
    }
    return BinaryNode(operation, try number(a), try number(b))
  }

  private mutating func call(_ f: Builtin, _ args: [TypedExpr], _ t: ValueType) throws(ExecutionError) -> NumberNode {
    switch f {
    case .clamp:
      guard case .number(let low, _) = args[1], case .number(let high, _) = args[2] else {
        throw .notExecutable("clamp bounds are literals")
      }
      let function = FunctionNode.Function.clamp(low: RuntimeNumber.value(of: low), high: RuntimeNumber.value(of: high))
      return FunctionNode(function, [try number(args[0])], cost: f.cost)
    case .min: return FunctionNode(.min, [try number(args[0]), try number(args[1])], cost: f.cost)
    case .max: return FunctionNode(.max, [try number(args[0]), try number(args[1])], cost: f.cost)
    case .abs: return FunctionNode(.abs, [try number(args[0])], cost: f.cost)
    case .round: return FunctionNode(.round, [try number(args[0])], cost: f.cost)
    case .slot:
      guard case .number(let seconds, _) = args[1], let s = seconds.rescaled(to: 0)?.units, s >= 60,
        case .index(let count) = t
      else { throw .notExecutable("a slot length is a literal of whole minutes") }
      return FunctionNode(.slot(minutes: Int64(s / 60), count: Int64(count)), [try number(args[0])], cost: f.cost)
    case .distance:
      return DistanceNode(try point(args[0]), try point(args[1]), cost: f.cost)
    case .nearest:
      guard case .param(let name, _) = args[1] else { throw .notExecutable("'nearest' picks among a parameter") }
      return NearestNode(try point(args[0]), candidates: try points(name), costPerCandidate: f.cost)
    case .point, .count, .sum, .mean, .zoneCentroids:
      throw .notExecutable("'\(f.rawValue)' cannot run in a row expression")
    }
  }

  /// 10⁹ for an `int` list index (a run-time number), 1 for a key's index.
  private func divisor(of index: TypedExpr) -> Int64 { index.type == .int ? RuntimeNumber.one : 1 }

  private func listItems(_ name: String) throws(ExecutionError) -> [ParameterValue] {
    guard case .list(let items)? = parameters[name] else { throw .notExecutable("'\(name)' is not a list") }
    return items
  }

  private func points(_ name: String) throws(ExecutionError) -> [(Int64, Int64)] {
    try listItems(name).map { item throws(ExecutionError) -> (Int64, Int64) in
      guard case .point(let lat, let lon) = item else { throw .notExecutable("'\(name)' holds no points") }
      return (RuntimeNumber.value(of: lat), RuntimeNumber.value(of: lon))
    }
  }

  private static func isNumberColumn(_ t: ValueType) -> Bool {
    switch t {
    case .int, .decimal, .bool, .time, .duration, .distance, .enumeration, .zone: true
    default: false
    }
  }
}
