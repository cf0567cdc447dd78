import Foundation

// TEMPORARY placeholder until the integer implementation lands.
enum GreatCircle {
  static func distance(lat1: Int64, lon1: Int64, lat2: Int64, lon2: Int64) -> Int64 {
    let r = 6_371_008.8
    let p1 = Double(lat1) / 1e9 * .pi / 180, p2 = Double(lat2) / 1e9 * .pi / 180
    let dp = p2 - p1, dl = Double(lon2 - lon1) / 1e9 * .pi / 180
    let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
    return Int64((2 * r * asin(min(1, sqrt(a))) * 1000).rounded()) * 1_000_000
  }
  static func nearest(lat: Int64, lon: Int64, candidates: [(Int64, Int64)]) -> Int {
    var best = 0, bestD = Int64.max
    for (i, c) in candidates.enumerated() {
      let d = distance(lat1: lat, lon1: lon, lat2: c.0, lon2: c.1)
      if d < bestD { bestD = d; best = i }
    }
    return best
  }
}
