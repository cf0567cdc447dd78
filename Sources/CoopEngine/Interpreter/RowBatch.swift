/// A buffer of run-time numbers, one per row of a batch.
final class NumberBuffer {
  /// The values.
  let values: UnsafeMutablePointer<Int64>

  init(capacity: Int, filledWith value: Int64 = 0) {
    values = .allocate(capacity: capacity)
    values.initialize(repeating: value, count: capacity)
  }

  deinit { values.deallocate() }
}

/// Up to `capacity` rows read by the scan, column by column: a number buffer per slot, and the
/// text of text slots.
final class RowBatch {
  /// Rows per batch.
  static let capacity = 1024
  /// Rows held.
  var count = 0
  /// One buffer per slot of the scan.
  private(set) var numbers: [NumberBuffer] = []
  /// The text of each slot (empty for number slots).
  var texts: [[String]] = []

  /// The buffer of `slot`, adding slots up to it.
  func buffer(_ slot: Int) -> NumberBuffer {
    while numbers.count <= slot {
      numbers.append(NumberBuffer(capacity: RowBatch.capacity))
      texts.append([])
    }
    return numbers[slot]
  }

  /// Makes `slot` a text slot.
  func makeText(_ slot: Int) {
    _ = buffer(slot)
    texts[slot] = Array(repeating: "", count: RowBatch.capacity)
  }
}
