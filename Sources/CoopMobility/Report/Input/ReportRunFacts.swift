import CoopEngine
import Foundation

/// The facts of one federated run: when, where, at what privacy cost, and who took part.
public struct ReportRunFacts: Sendable {
  /// When the results were federated.
  public var date: Date
  /// The hub that federated them (a name or URL, shown as text).
  public var hub: String
  /// The algorithms run, in display order.
  public var algorithms: [ReportAlgorithm]
  /// The companies whose edges released results.
  public var participants: [String]
  /// The companies whose edges refused, with their reasons.
  public var refusals: [ReportRefusal]

  /// Run facts with all their parts.
  public init(
    date: Date, hub: String, algorithms: [ReportAlgorithm], participants: [String],
    refusals: [ReportRefusal]
  ) {
    self.date = date
    self.hub = hub
    self.algorithms = algorithms
    self.participants = participants
    self.refusals = refusals
  }

  /// The ε one employee spends on the whole run: the algorithms' costs add up (sequential
  /// composition), saturating at `Epsilon.maximum`.
  public var totalEpsilon: Epsilon {
    let micros = algorithms.reduce(Int64(0)) { total, algorithm in
      let (sum, overflow) = total.addingReportingOverflow(algorithm.epsilon.micros)
      return overflow ? Epsilon.maximum.micros : min(sum, Epsilon.maximum.micros)
    }
    return (try? Epsilon(micros: micros)) ?? .maximum
  }
}
