import Foundation

/// Wall-clock timing helpers for the benchmarks.
enum Bench {
  /// The best of `repetitions` runs of `body`, in seconds (the minimum filters out noise).
  static func best(_ repetitions: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repetitions {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      best = min(best, elapsed)
    }
    return best
  }

  /// Prints one result line: name, value, unit, and ratio to a baseline, with the goal if any.
  static func report(_ name: String, _ value: Double, _ unit: String, baseline: String? = nil, ratio: Double? = nil, goal: String? = nil) {
    var line = "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%10.2f", value)) \(unit)"
    if let baseline, let ratio { line += String(format: "   %.2f× %@", ratio, baseline) }
    if let goal { line += "   (goal: \(goal))" }
    print(line)
  }
}
