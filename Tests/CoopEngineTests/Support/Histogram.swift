/// Counts of integer samples in `-radius...radius`, with everything beyond in two tail counts.
struct Histogram {
  let radius: Int
  private(set) var counts: [Int]
  private(set) var below = 0
  private(set) var above = 0
  private(set) var total = 0
  private(set) var sum = 0.0
  private(set) var sumOfSquares = 0.0

  init(radius: Int) {
    self.radius = radius
    counts = Array(repeating: 0, count: 2 * radius + 1)
  }

  mutating func add(_ x: Int) {
    total += 1
    sum += Double(x)
    sumOfSquares += Double(x) * Double(x)
    if x < -radius {
      below += 1
    } else if x > radius {
      above += 1
    } else {
      counts[x + radius] += 1
    }
  }

  /// Samples in `range` (within the radius).
  func count(in range: ClosedRange<Int>) -> Int {
    range.reduce(0) { $0 + counts[$1 + radius] }
  }

  /// Samples with x < value (value within the radius).
  func count(below value: Int) -> Int { below + count(in: -radius...(value - 1)) }

  /// Samples with x > value (value within the radius).
  func count(above value: Int) -> Int { above + count(in: (value + 1)...radius) }

  var mean: Double { sum / Double(total) }
  var variance: Double { sumOfSquares / Double(total) - mean * mean }
}
