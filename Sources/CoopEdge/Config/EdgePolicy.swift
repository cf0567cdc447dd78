import CoopEngine
import CoopGovernance

/// What a company allows its edge to run, on top of the board's approval. Default deny: an
/// empty list allows nothing, and a manifest that does not state a fact the policy needs is
/// refused.
public struct EdgePolicy: Sendable, Equatable {
  /// Schema names the edge may be read through.
  public var schemas: [String]
  /// Algorithm ids allowed; `prefix.*` allows every id under `prefix.`.
  public var algorithms: [String]
  /// The most ε one job may cost (all its rounds).
  public var maxEpsilonPerJob: Epsilon
  /// The most ε all jobs together may cost in one period (the ledger's limit).
  public var maxEpsilonPerPeriod: Epsilon
  /// The most ε all jobs together may ever cost, over every period (the ledger's lifetime cap);
  /// `nil`: none, each period's budget is new.
  public var maxEpsilonLifetime: Epsilon?
  /// The answer schedule's interval T: every answer leaves at `received + k·T`, the first such
  /// time after it is ready (`AnswerSchedule`); zero posts each answer as soon as it is ready.
  public var answerInterval: Duration
  /// A threshold the edge applies to its own noisy counts, whatever the script says.
  public var localMinGroup: Int?
  /// Columns (`table.column`) no script may read here.
  public var neverRead: [String]

  /// A policy with all its fields; no lifetime cap and the default answer interval unless given.
  public init(
    schemas: [String], algorithms: [String], maxEpsilonPerJob: Epsilon,
    maxEpsilonPerPeriod: Epsilon, localMinGroup: Int?, neverRead: [String],
    maxEpsilonLifetime: Epsilon? = nil, answerInterval: Duration = AnswerSchedule.defaultInterval
  ) {
    self.schemas = schemas
    self.algorithms = algorithms
    self.maxEpsilonPerJob = maxEpsilonPerJob
    self.maxEpsilonPerPeriod = maxEpsilonPerPeriod
    self.maxEpsilonLifetime = maxEpsilonLifetime
    self.answerInterval = answerInterval
    self.localMinGroup = localMinGroup
    self.neverRead = neverRead
  }

  /// The ε of one round of `bundle`, or why the policy refuses it.
  public func admit(algorithm: String, facts: ManifestFacts?) -> Result<Epsilon, EdgeRefusal> {
    guard let facts else { return .failure(.policy("the manifest is not a JSON object")) }
    guard algorithms.contains(where: { Self.matches($0, algorithm) }) else {
      return .failure(.policy("algorithm \(algorithm) is not allowed by this edge's policy"))
    }
    guard let schema = facts.schema else {
      return .failure(.policy("the manifest does not state its schema"))
    }
    guard schemas.contains(schema) else {
      return .failure(.policy("schema \(schema) is not allowed by this edge's policy"))
    }
    if !neverRead.isEmpty {
      guard let reads = facts.reads else {
        return .failure(.policy("the manifest does not state the columns it reads"))
      }
      if let column = reads.first(where: neverRead.contains) {
        return .failure(.policy("the script reads \(column), which this edge never lets be read"))
      }
    }
    guard let text = facts.epsilon, let total = try? Epsilon(text), total.micros > 0 else {
      return .failure(.policy("the manifest does not state a valid epsilon"))
    }
    guard total <= maxEpsilonPerJob else {
      return .failure(
        .policy("epsilon \(total) exceeds this edge's limit of \(maxEpsilonPerJob) per job"))
    }
    let rounds = Int64(max(1, facts.rounds ?? 1))
    guard total.micros % rounds == 0, let perRound = try? Epsilon(micros: total.micros / rounds)
    else {
      return .failure(.policy("epsilon \(total) does not split evenly over \(rounds) rounds"))
    }
    return .success(perRound)
  }

  static func matches(_ pattern: String, _ algorithm: String) -> Bool {
    pattern.hasSuffix(".*")
      ? algorithm.hasPrefix(String(pattern.dropLast())) : pattern == algorithm
  }
}

/// Why an edge refuses a task; sent to the hub as the refusal's reason and logged.
///
/// Every refusal before the budget debit says precisely why (none of those steps reads the
/// company's data). After the debit, whatever failed, the edge sends only `incomplete`, the
/// same constant text: the details stay in the edge's local log.
public enum EdgeRefusal: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bundle failed verification against the pinned board.
  case verification(String)
  /// The local policy refuses it.
  case policy(String)
  /// The round is not one the manifest declares.
  case round(String)
  /// The round's parameters do not fit the script's declarations.
  case parameters(String)
  /// The budget ledger refuses it.
  case budget(String)
  /// The script cannot run here (checked before the debit: no executor, the script does not
  /// check or does not yield its manifest, the store does not fit its schema).
  case execution(String)
  /// Something failed after the budget debit: the run, sealing, recording the release.
  case incomplete

  /// The one refusal text an edge sends for any failure after its budget debit.
  public static let incompleteText = "the edge could not complete this run"

  /// `policy: …`, `budget: …`; `incomplete` is `incompleteText`, exactly.
  public var description: String {
    switch self {
    case .verification(let reason): "verification: \(reason)"
    case .policy(let reason): "policy: \(reason)"
    case .round(let reason): "round: \(reason)"
    case .parameters(let reason): "parameters: \(reason)"
    case .budget(let reason): "budget: \(reason)"
    case .execution(let reason): "execution: \(reason)"
    case .incomplete: Self.incompleteText
    }
  }
}
