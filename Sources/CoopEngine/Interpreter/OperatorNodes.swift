import CoopLang

/// `-x` and `not x`.
final class UnaryNode: NumberNode {
  let op: UnaryOperator
  let operand: NumberNode

  init(_ op: UnaryOperator, _ operand: NumberNode) {
    self.op = op
    self.operand = operand
    super.init(cost: 1)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    operand.run(n, steps: &steps, generation: g)
    let x = operand.out
    let o = out
    switch op {
    case .negate: for i in 0..<n { o[i] = RuntimeNumber.negate(x[i]) }
    case .not: for i in 0..<n { o[i] = x[i] == 0 ? 1 : 0 }
    }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// A binary operator over numbers, times, bools, enum cases or zone codes.
final class BinaryNode: NumberNode {
  /// What the node computes; `subtractTimes` is time − time, whose duration is in seconds.
  enum Operation {
    case add, subtract, subtractTimes, multiply, divide, remainder
    case equal, notEqual, less, lessEqual, greater, greaterEqual, and, or
  }

  let op: Operation
  let left: NumberNode
  let right: NumberNode

  init(_ op: Operation, _ left: NumberNode, _ right: NumberNode) {
    self.op = op
    self.left = left
    self.right = right
    super.init(cost: 1)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    left.run(n, steps: &steps, generation: g)
    right.run(n, steps: &steps, generation: g)
    let a = left.out
    let b = right.out
    let o = out
    switch op {
    case .add: for i in 0..<n { o[i] = RuntimeNumber.add(a[i], b[i]) }
    case .subtract: for i in 0..<n { o[i] = RuntimeNumber.subtract(a[i], b[i]) }
    case .subtractTimes:
      for i in 0..<n {
        let (v, overflow) = RuntimeNumber.subtract(a[i], b[i]).multipliedReportingOverflow(by: 60)
        o[i] = overflow ? (a[i] > b[i] ? .max : .min) : v
      }
    case .multiply: for i in 0..<n { o[i] = RuntimeNumber.multiply(a[i], b[i]) }
    case .divide: for i in 0..<n { o[i] = RuntimeNumber.divide(a[i], b[i]) }
    case .remainder: for i in 0..<n { o[i] = RuntimeNumber.remainder(a[i], b[i]) }
    case .equal: for i in 0..<n { o[i] = a[i] == b[i] ? 1 : 0 }
    case .notEqual: for i in 0..<n { o[i] = a[i] != b[i] ? 1 : 0 }
    case .less: for i in 0..<n { o[i] = a[i] < b[i] ? 1 : 0 }
    case .lessEqual: for i in 0..<n { o[i] = a[i] <= b[i] ? 1 : 0 }
    case .greater: for i in 0..<n { o[i] = a[i] > b[i] ? 1 : 0 }
    case .greaterEqual: for i in 0..<n { o[i] = a[i] >= b[i] ? 1 : 0 }
    case .and: for i in 0..<n { o[i] = a[i] & b[i] }
    case .or: for i in 0..<n { o[i] = a[i] | b[i] }
    }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// `min`, `max`, `abs`, `round`, `clamp` and `slot`.
final class FunctionNode: NumberNode {
  /// What the node computes. `slot` holds the slot length in minutes.
  enum Function {
    case min, max, abs, round, clamp(low: Int64, high: Int64), slot(minutes: Int64, count: Int64)
  }

  let function: Function
  let arguments: [NumberNode]

  init(_ function: Function, _ arguments: [NumberNode], cost: Int) {
    self.function = function
    self.arguments = arguments
    super.init(cost: cost)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    for a in arguments { a.run(n, steps: &steps, generation: g) }
    let x = arguments[0].out
    let o = out
    switch function {
    case .min:
      let y = arguments[1].out
      for i in 0..<n { o[i] = Swift.min(x[i], y[i]) }
    case .max:
      let y = arguments[1].out
      for i in 0..<n { o[i] = Swift.max(x[i], y[i]) }
    case .abs: for i in 0..<n { o[i] = RuntimeNumber.magnitude(x[i]) }
    case .round: for i in 0..<n { o[i] = RuntimeNumber.round(x[i]) }
    case .clamp(let low, let high): for i in 0..<n { o[i] = Swift.min(Swift.max(x[i], low), high) }
    case .slot(let minutes, let count):
      // The minute of the day (0…1439, whole minutes) divided by the slot length.
      let one = RuntimeNumber.one
      for i in 0..<n {
        let minute = Swift.min(Swift.max(x[i], 0), 1439 * one) / one
        o[i] = Swift.min(minute / minutes, count - 1)
      }
    }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// `list[i]` over a list parameter of numbers; an index past either end takes the nearest end.
final class NumberIndexNode: NumberNode {
  let values: [Int64]
  let index: NumberNode
  /// 10⁹ for an `int` index (a run-time number), 1 for an index of a key (`nearest`, `slot`).
  let divisor: Int64

  init(values: [Int64], index: NumberNode, divisor: Int64) {
    self.values = values.isEmpty ? [0] : values
    self.index = index
    self.divisor = divisor
    super.init(cost: 1)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    index.run(n, steps: &steps, generation: g)
    let x = index.out
    let o = out
    let last = Int64(values.count - 1)
    values.withUnsafeBufferPointer { v in
      for i in 0..<n { o[i] = v[Int(Swift.min(Swift.max(x[i] / divisor, 0), last))] }
    }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// Text `==` or `!=`.
final class TextComparisonNode: NumberNode {
  let left: TextNode
  let right: TextNode
  let equal: Bool

  init(_ left: TextNode, _ right: TextNode, equal: Bool) {
    self.left = left
    self.right = right
    self.equal = equal
    super.init(cost: 1)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    left.run(n, steps: &steps, generation: g)
    right.run(n, steps: &steps, generation: g)
    let o = out
    for i in 0..<n { o[i] = (left.text(i) == right.text(i)) == equal ? 1 : 0 }
    super.evaluate(n, steps: &steps, generation: g)
  }
}
