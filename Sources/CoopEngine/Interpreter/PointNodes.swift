/// A point whose coordinates are filled by the node itself (a list element).
final class PointIndexNode: PointNode {
  let points: [(Int64, Int64)]
  let index: NumberNode
  /// 10⁹ for an `int` index, 1 for an index of a key.
  let divisor: Int64

  init(points: [(Int64, Int64)], index: NumberNode, divisor: Int64) {
    self.points = points.isEmpty ? [(0, 0)] : points
    self.index = index
    self.divisor = divisor
    super.init(cost: 1, latitude: NumberNode(cost: 0), longitude: NumberNode(cost: 0))
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    index.run(n, steps: &steps, generation: g)
    let x = index.out
    let lat = latitude.out
    let lon = longitude.out
    let last = Int64(points.count - 1)
    for i in 0..<n {
      let p = points[Int(Swift.min(Swift.max(x[i] / divisor, 0), last))]
      lat[i] = p.0
      lon[i] = p.1
    }
    steps = steps &+ cost &* n
  }
}

/// `p.lat` or `p.lon`: the point's coordinate buffer, shared.
final class CoordinateNode: NumberNode {
  let point: PointNode

  init(_ point: PointNode, latitude: Bool) {
    self.point = point
    super.init(cost: 1, buffer: latitude ? point.latitude.buffer : point.longitude.buffer)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    point.run(n, steps: &steps, generation: g)
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// `distance(a, b)`: great-circle metres (run-time units), computed on the grid by `GreatCircle`.
final class DistanceNode: NumberNode {
  let a: PointNode
  let b: PointNode

  init(_ a: PointNode, _ b: PointNode, cost: Int) {
    self.a = a
    self.b = b
    super.init(cost: cost)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    a.run(n, steps: &steps, generation: g)
    b.run(n, steps: &steps, generation: g)
    let (lat1, lon1, lat2, lon2) = (a.latitude.out, a.longitude.out, b.latitude.out, b.longitude.out)
    let o = out
    for i in 0..<n { o[i] = GreatCircle.distance(lat1: lat1[i], lon1: lon1[i], lat2: lat2[i], lon2: lon2[i]) }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// `nearest(p, list)`: the index of the closest point of a list parameter (lowest on ties).
/// Its cost is per candidate, so a run over a list shorter than its declared maximum costs less
/// than the static bound.
final class NearestNode: NumberNode {
  let point: PointNode
  let candidates: [(Int64, Int64)]
  /// The candidates prepared once; its `nearest` returns `GreatCircle.nearest`'s index.
  let prepared: GreatCircle.Candidates

  init(_ point: PointNode, candidates: [(Int64, Int64)], costPerCandidate: Int) {
    self.point = point
    self.candidates = candidates
    prepared = GreatCircle.Candidates(candidates)
    super.init(cost: costPerCandidate * candidates.count)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    point.run(n, steps: &steps, generation: g)
    let (lat, lon) = (point.latitude.out, point.longitude.out)
    let o = out
    let prepared = prepared
    for i in 0..<n { o[i] = Int64(prepared.nearest(lat: lat[i], lon: lon[i])) }
    super.evaluate(n, steps: &steps, generation: g)
  }
}

/// `a == b` or `a != b` for points: both coordinates.
final class PointComparisonNode: NumberNode {
  let a: PointNode
  let b: PointNode
  let equal: Bool

  init(_ a: PointNode, _ b: PointNode, equal: Bool) {
    self.a = a
    self.b = b
    self.equal = equal
    super.init(cost: 1)
  }

  override func evaluate(_ n: Int, steps: inout Int, generation g: Int) {
    a.run(n, steps: &steps, generation: g)
    b.run(n, steps: &steps, generation: g)
    let (lat1, lon1, lat2, lon2) = (a.latitude.out, a.longitude.out, b.latitude.out, b.longitude.out)
    let o = out
    for i in 0..<n { o[i] = (lat1[i] == lat2[i] && lon1[i] == lon2[i]) == equal ? 1 : 0 }
    super.evaluate(n, steps: &steps, generation: g)
  }
}
