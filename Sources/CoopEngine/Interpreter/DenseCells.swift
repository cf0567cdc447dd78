import CoopLang

/// A group key compiled: its node and how a value becomes a position in the key's public domain.
struct KeyColumn {
  let node: NumberNode
  /// How values map to positions `0..<size`.
  let ordinal: Ordinal
  /// The domain's size.
  let size: Int

  /// How a key's run-time value becomes its position in the domain (the order of
  /// `KeyDomainProduct.values`). Values outside the domain cannot arise from a checked script;
  /// they would be clamped into it, never dropped.
  enum Ordinal {
    /// The value is the position (enum cases, bools, slots, indexes).
    case position
    /// A zone code, looked up in a table from the lowest code when the codes span at most 2¹⁶
    /// (a code outside the domain cannot be read; it would take position 0).
    case zone(low: Int64, positions: [Int64])
    /// A zone code of a domain whose codes span more, looked up by hashing.
    case sparseZone([Int64: Int64])
    /// An integer column's run-time number minus the domain's low end.
    case integer(low: Int64)
  }

  init(node: NumberNode, domain: KeyDomain) {
    self.node = node
    size = domain.size
    switch domain {
    case .zones(_, let codes):
      let low = codes.min() ?? 0
      let span = (codes.max() ?? 0) - low + 1
      if span <= 1 << 16 {
        var positions = [Int64](repeating: 0, count: span)
        for (i, c) in codes.enumerated() { positions[c - low] = Int64(i) }
        ordinal = .zone(low: Int64(low), positions: positions)
      } else {
        ordinal = .sparseZone(Dictionary(codes.enumerated().map { (Int64($1), Int64($0)) }, uniquingKeysWith: { a, _ in a }))
      }
    case .integers(let r): ordinal = .integer(low: Int64(r.lowerBound))
    case .enumeration, .bool, .slots, .indexes: ordinal = .position
    }
  }

  /// Adds `stride ×` each row's position to `cells`.
  func accumulate(_ n: Int, stride: Int64, into cells: UnsafeMutablePointer<Int64>) {
    let x = node.out
    let last = Int64(size - 1)
    switch ordinal {
    case .position:
      for i in 0..<n { cells[i] &+= Swift.min(Swift.max(x[i], 0), last) &* stride }
    case .zone(let low, let positions):
      let count = Int64(positions.count)
      positions.withUnsafeBufferPointer { p in
        for i in 0..<n {
          let offset = x[i] &- low
          cells[i] &+= (offset >= 0 && offset < count ? p[Int(offset)] : 0) &* stride
        }
      }
    case .sparseZone(let positions):
      for i in 0..<n { cells[i] &+= (positions[x[i]] ?? 0) &* stride }
    case .integer(let low):
      for i in 0..<n {
        let p = RuntimeNumber.subtract(x[i] / RuntimeNumber.one, low)
        cells[i] &+= Swift.min(Swift.max(p, 0), last) &* stride
      }
    }
  }
}

/// A released sum or mean compiled: its node, the divisor to its fixed-point grid and the
/// grid bounds every row's contribution is clamped to (the checker's bounds): whatever the
/// arithmetic gave, one row moves the cell's sum by at most the stated sensitivity.
struct ReleaseColumn {
  let node: NumberNode
  let divisor: Int64
  let low: Int64
  let high: Int64

  init(node: NumberNode, release: CheckedRelease) {
    self.node = node
    divisor = RuntimeNumber.divisor(decimals: release.decimals)
    let bounds = release.valueBounds
    low = bounds.flatMap { $0.lowerBound.gridUnits(decimals: release.decimals) }.map(Int64.init) ?? 0
    high = bounds.flatMap { $0.upperBound.gridUnits(decimals: release.decimals) }.map(Int64.init) ?? 0
  }
}

/// Exact counts and sums for every cell of the key domain, in dense arrays indexed by the cell's
/// position (first key slowest, as `KeyDomainProduct.cells`): no hash table, no sort.
struct DenseCells {
  private(set) var counts: [Int64]
  private(set) var sums: [[Int64]]

  init(cells: Int, sums: Int) {
    counts = Array(repeating: 0, count: cells)
    self.sums = Array(repeating: Array(repeating: 0, count: cells), count: sums)
  }

  /// Adds the rows of a batch: `mask` (0 or 1: the filter), `cells` (each row's cell) and, per
  /// released sum, each row's value in run-time units.
  mutating func add(
    _ n: Int, mask: UnsafeMutablePointer<Int64>, cells: UnsafeMutablePointer<Int64>, values: [ReleaseColumn]
  ) {
    counts.withUnsafeMutableBufferPointer { c in
      for i in 0..<n { c[Int(cells[i])] &+= mask[i] }
    }
    for (v, column) in values.enumerated() {
      let x = column.node.out
      let (divisor, low, high) = (column.divisor, column.low, column.high)
      sums[v].withUnsafeMutableBufferPointer { s in
        for i in 0..<n {
          let unit = Swift.min(Swift.max(RuntimeNumber.grid(x[i], divisor: divisor), low), high)
          let cell = Int(cells[i])
          s[cell] = RuntimeNumber.add(s[cell], mask[i] &* unit)
        }
      }
    }
  }
}
