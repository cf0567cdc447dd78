import CoopCrypto
import CoopGovernance

/// What an edge's policy allows, written into its `edge.toml`.
struct EdgeRules {
  /// Algorithm ids (or `prefix.*`) the edge runs.
  var algorithms = ["carpool", "third_places"]
  /// The most ε one job may cost.
  var maxEpsilonPerJob = "2"
  /// The most ε all jobs may cost this month.
  var maxEpsilonPerPeriod = "10"
  /// The most ε all jobs may ever cost (`max_epsilon_lifetime`); none if nil.
  var maxEpsilonLifetime: String? = nil
  /// The answer schedule's interval in seconds: short, so that tests do not wait the default.
  var answerInterval = "0.2"

  /// Runs the mobility algorithms, within an ample budget.
  static let generous = EdgeRules()

  /// The configuration file of an edge with these rules, its key beside it in `edge.key`.
  func configuration(store: String, hub: String, hubKey: PublicKey, board: Board) -> String {
    """
    key = "edge.key"
    dataset = "mobility"
    store = "\(store)"
    ledger = "ledger.sqlite"
    audit_log = "audit.log"

    [hub]
    url = "\(hub)"
    key = "\(hubKey.base64)"

    [board]
    file = "../board.toml"
    fingerprint = "\(board.fingerprint.hex)"

    [policy]
    schemas = ["mobility"]
    algorithms = [\(algorithms.map { "\"\($0)\"" }.joined(separator: ", "))]
    max_epsilon_per_job = "\(maxEpsilonPerJob)"
    max_epsilon_per_period = "\(maxEpsilonPerPeriod)"
    answer_interval_seconds = \(answerInterval)
    \(maxEpsilonLifetime.map { "max_epsilon_lifetime = \"\($0)\"" } ?? "")

    """
  }
}
