/// A compiled expression over a batch of rows. `evaluate(_:steps:)` evaluates the node's
/// operands, then the node, for the batch's first `n` rows, unconditionally (no short
/// circuit, no branch on data), and adds its cost — `cost` units per row — to `steps`.
///
/// Costs are the checker's (`Builtin.cost` and one unit per operator, coordinate, index and
/// column read), so the steps counted by a run never exceed `StaticBounds.costPerRow.max` per
/// row.
class ValueNode {
  /// Cost units per row of this node alone.
  let cost: Int
  /// The batch this node was last evaluated for: a node shared by several expressions (the
  /// compiler reuses the node of an identical subexpression) is evaluated once per batch.
  private(set) final var generation = 0

  init(cost: Int) { self.cost = cost }

  /// Evaluates the node for batch `g` unless it already has been.
  final func run(_ n: Int, steps: inout Int, generation g: Int) {
    guard generation != g else { return }
    generation = g
    evaluate(n, steps: &steps, generation: g)
  }

  func evaluate(_ n: Int, steps: inout Int, generation g: Int) {}
}

/// A node whose value is a run-time number (or a bool, enum case, zone code or index).
class NumberNode: ValueNode {
  /// Its values for the current batch.
  let buffer: NumberBuffer
  var out: UnsafeMutablePointer<Int64> { buffer.values }

  init(cost: Int, buffer: NumberBuffer = NumberBuffer(capacity: RowBatch.capacity)) {
    self.buffer = buffer
    super.init(cost: cost)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) { steps = steps &+ cost &* n }
}

/// A column slot of the batch (read by the scan; nothing to compute).
final class ColumnNode: NumberNode {}

/// A constant: a literal or a scalar parameter.
final class ConstantNode: NumberNode {
  init(_ value: Int64) { super.init(cost: 0, buffer: NumberBuffer(capacity: RowBatch.capacity, filledWith: value)) }
}

/// A node whose value is a point: two numbers, degrees on the 10⁻⁹ grid.
class PointNode: ValueNode {
  let latitude: NumberNode
  let longitude: NumberNode

  init(cost: Int, latitude: NumberNode, longitude: NumberNode) {
    self.latitude = latitude
    self.longitude = longitude
    super.init(cost: cost)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    latitude.run(n, steps: &steps, generation: g)
    longitude.run(n, steps: &steps, generation: g)
    steps = steps &+ cost &* n
  }
}

/// A node whose value is text.
class TextNode: ValueNode {
  /// Its values for the current batch.
  var texts: [String] = []
  /// The text of row `i`.
  func text(_ i: Int) -> String { texts[i] }
}

/// A text column slot of the batch.
final class TextColumnNode: TextNode {
  let batch: RowBatch
  let slot: Int

  init(cost: Int, batch: RowBatch, slot: Int) {
    self.batch = batch
    self.slot = slot
    super.init(cost: cost)
  }

  override func text(_ i: Int) -> String { batch.texts[slot][i] }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) { steps = steps &+ cost &* n }
}

/// A text literal.
final class TextConstantNode: TextNode {
  let value: String

  init(_ value: String) {
    self.value = value
    super.init(cost: 0)
  }

  override func text(_ i: Int) -> String { value }
}
